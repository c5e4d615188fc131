// The course's glossary: short definitions in PodLab's own words, each pointing to the lesson
// that teaches the term (by the lesson's slug, lessons/<slug>/). Backticks mark code.

export interface GlossaryTerm {
  term: string;
  /** What the term means, one or two sentences. */
  definition: string;
  /** The lesson's slug: `static-pods` for content/lessons/03-static-pods.mdx. */
  lesson: string;
  /** Other spellings a learner may search for. */
  aka?: string[];
}

export const LESSON_TITLES: Record<string, string> = {
  'what-is-a-pod': 'Lesson 1: What a Pod is',
  'pod-lifecycle': 'Lesson 2: Pod lifecycle',
  'static-pods': 'Lesson 3: Static Pods',
  'multi-container': 'Lesson 4: Multi-container Pods',
  probes: 'Lesson 5: Probes',
  'resources-qos': 'Lesson 6: Resources and QoS',
  'security-contexts': 'Lesson 7: Security contexts',
  debugging: 'Lesson 8: Debugging Pods',
  scheduling: 'Lesson 9: Scheduling',
};

export const GLOSSARY: GlossaryTerm[] = [
  { term: 'Pod', lesson: 'what-is-a-pod', definition: 'The smallest thing Kubernetes runs: one or more containers scheduled together on one node, sharing a network namespace (one IP, one `localhost`) and the volumes the Pod declares.' },
  { term: 'Container', lesson: 'what-is-a-pod', definition: 'A process (and its children) started from an image, isolated by Linux namespaces and limited by cgroups. In Kubernetes every container runs inside a Pod.' },
  { term: 'Image', lesson: 'what-is-a-pod', definition: 'The read-only file system and start command a container is created from, named by repository and tag (`nginx:1.27`) or digest.' },
  { term: 'Node', lesson: 'what-is-a-pod', definition: 'A machine (physical or virtual) that runs Pods. Each node runs a kubelet and a container runtime; the scheduler picks the node for each Pod.' },
  { term: 'kubelet', lesson: 'what-is-a-pod', definition: 'The agent on every node that makes the Pods assigned to its node real: it asks the container runtime to pull images and start containers, runs probes and reports status back to the API server.' },
  { term: 'Pause container', lesson: 'what-is-a-pod', aka: ['sandbox', 'infra container'], definition: 'The tiny container the runtime starts first in every Pod. It holds the Pod\'s network namespace open so the app containers can join it, restart and still keep the Pod\'s IP.' },
  { term: 'Labels and annotations', lesson: 'what-is-a-pod', definition: 'Key-value pairs in an object\'s metadata. Labels are short and selectable (`kubectl get pods -l tier=frontend`); annotations hold longer notes for tools and people and are never selected on.' },
  { term: 'Manifest', lesson: 'what-is-a-pod', definition: 'A YAML (or JSON) file describing an object\'s desired state, applied with `kubectl apply -f`. `kubectl run … --dry-run=client -o yaml` writes one for you.' },
  { term: 'Pod phase', lesson: 'pod-lifecycle', definition: 'The one-word summary of where a Pod is: `Pending`, `Running`, `Succeeded`, `Failed` or `Unknown`. It is not the STATUS column of `kubectl get pods`, which often shows a container\'s reason instead.' },
  { term: 'Container state', lesson: 'pod-lifecycle', definition: 'Each container is `Waiting` (with a reason such as `ContainerCreating`), `Running`, or `Terminated` (with an exit code and a reason such as `Completed` or `Error`).' },
  { term: 'Pod conditions', lesson: 'pod-lifecycle', definition: 'The checklist in a Pod\'s status: `PodScheduled`, `PodReadyToStartContainers`, `Initialized`, `ContainersReady` and `Ready`, each `True` or `False` with a reason.' },
  { term: 'Restart policy', lesson: 'pod-lifecycle', definition: '`Always`, `OnFailure` or `Never`: whether the kubelet restarts a container of the Pod that exited, and so whether the Pod can end `Succeeded` or `Failed`.' },
  { term: 'Exit code', lesson: 'pod-lifecycle', definition: 'The number a container\'s main process ended with. 0 is success; 1 a generic error; 127 a command not found; 128 + N death by signal N, so 137 is SIGKILL and 143 SIGTERM.' },
  { term: 'CrashLoopBackOff', lesson: 'pod-lifecycle', definition: 'The reason a container waits after it has exited again and again: the kubelet restarts it with a growing delay (10 s, 20 s, 40 s … up to 5 minutes). `kubectl logs --previous` shows why the last run ended.' },
  { term: 'ImagePullBackOff', lesson: 'pod-lifecycle', aka: ['ErrImagePull'], definition: 'The reason a container waits after its image could not be pulled (`ErrImagePull` first, then back-off between retries): a wrong name or tag, a private registry without credentials, or no network. The Pod\'s events say which.' },
  { term: 'Graceful termination', lesson: 'pod-lifecycle', aka: ['terminationGracePeriodSeconds'], definition: 'What happens on `kubectl delete pod`: the containers get SIGTERM, then SIGKILL once the grace period (30 s by default) has passed.' },
  { term: 'Static Pod', lesson: 'static-pods', definition: 'A Pod the kubelet runs from a manifest file in its `staticPodPath` folder (usually `/etc/kubernetes/manifests`), without the API server or the scheduler. A kubeadm control plane runs itself this way.' },
  { term: 'Mirror Pod', lesson: 'static-pods', definition: 'The read-only copy of a static Pod that the kubelet creates in the API so kubectl can see it, named `<pod>-<node>`. Deleting it does nothing lasting: the kubelet creates it again; removing the file stops the Pod.' },
  { term: 'Init container', lesson: 'multi-container', definition: 'A container in `initContainers` that runs to completion before the app containers start, one after another. If one fails, the Pod shows `Init:Error` or `Init:CrashLoopBackOff`.' },
  { term: 'Sidecar container', lesson: 'multi-container', aka: ['native sidecar'], definition: 'A helper container that runs beside the app for the Pod\'s whole life, such as a log shipper or a proxy. A native sidecar is an init container with `restartPolicy: Always`: it starts before the app and keeps running.' },
  { term: 'emptyDir', lesson: 'multi-container', definition: 'A volume that starts empty when the Pod starts and is deleted with it; the usual way for a Pod\'s containers to share files.' },
  { term: 'Probe', lesson: 'probes', definition: 'A periodic health check the kubelet runs on a container: an `exec` command, an `httpGet`, a `tcpSocket` or a `grpc` call, with a period, a timeout and success and failure thresholds.' },
  { term: 'Liveness probe', lesson: 'probes', definition: 'A probe whose repeated failure makes the kubelet kill the container and restart it (by the restart policy). For containers that can hang without exiting.' },
  { term: 'Readiness probe', lesson: 'probes', definition: 'A probe that decides whether the container is `Ready`; a Pod that is not Ready is taken out of its Services\' endpoints but not restarted.' },
  { term: 'Startup probe', lesson: 'probes', definition: 'A probe that holds the liveness and readiness probes back until the app has started, so a slow start is not mistaken for a hang.' },
  { term: 'Requests', lesson: 'resources-qos', definition: 'The CPU and memory a container asks for. The scheduler places a Pod only on a node with that much unrequested capacity; a Pod whose requests fit nowhere stays `Pending`.' },
  { term: 'Limits', lesson: 'resources-qos', definition: 'The most CPU and memory a container may use. Over its CPU limit a container is throttled; over its memory limit it is killed (`OOMKilled`).' },
  { term: 'OOMKilled', lesson: 'resources-qos', definition: 'The reason a container terminated when the kernel killed it for using more memory than its limit (or when the node ran out), with exit code 137.' },
  { term: 'QoS class', lesson: 'resources-qos', aka: ['Guaranteed', 'Burstable', 'BestEffort'], definition: 'The class Kubernetes derives from a Pod\'s requests and limits: `Guaranteed` (requests equal limits for every container), `Burstable` (some requests or limits) or `BestEffort` (none). Under node pressure, Pods using more than they requested are evicted first, which in practice means BestEffort before Burstable before Guaranteed.' },
  { term: 'Eviction', lesson: 'resources-qos', definition: 'The kubelet ending Pods to reclaim memory, disk or process IDs when its node runs short, ranking Pods first by whether their usage exceeds their requests, then by priority, then by how far usage exceeds requests (so BestEffort Pods, whose requests are zero, tend to go first); the evicted Pod ends `Failed` with reason `Evicted`.' },
  { term: 'Security context', lesson: 'security-contexts', aka: ['securityContext'], definition: 'The Pod- and container-level settings for who a container runs as and what it may do: `runAsUser`, `runAsNonRoot`, `readOnlyRootFilesystem`, `allowPrivilegeEscalation`, capabilities and more.' },
  { term: 'Capabilities', lesson: 'security-contexts', definition: 'The pieces root\'s power is split into by Linux (`NET_BIND_SERVICE`, `SYS_TIME`, …); a security context can drop them all and add back only those an app needs.' },
  { term: 'Events', lesson: 'debugging', definition: 'Short records of what happened to an object (scheduled, pulled, started, killed, failed), listed at the end of `kubectl describe` and kept for about an hour: the first place to look when a Pod misbehaves.' },
  { term: 'kubectl exec', lesson: 'debugging', definition: 'Runs a command inside a running container (`kubectl exec -it web -- sh`): for looking at files, processes and the network from where the app sees them.' },
  { term: 'Port forward', lesson: 'debugging', aka: ['kubectl port-forward'], definition: '`kubectl port-forward pod/web 8080:80` forwards a local port to a port of a Pod, to reach an app without exposing it.' },
  { term: 'Scheduler', lesson: 'scheduling', definition: 'The control-plane component that picks a node for each new Pod: it filters out nodes that cannot run it (resources, taints, affinity) and scores the rest.' },
  { term: 'nodeSelector and affinity', lesson: 'scheduling', definition: 'Ways for a Pod to ask for nodes: `nodeSelector` requires node labels; node affinity adds required and preferred rules; Pod affinity and anti-affinity place Pods near or away from others.' },
  { term: 'Taint', lesson: 'scheduling', definition: 'A mark on a node (`key=value:NoSchedule`, `PreferNoSchedule` or `NoExecute`) that keeps Pods away unless they tolerate it. Control-plane nodes carry one.' },
  { term: 'Toleration', lesson: 'scheduling', definition: 'A Pod\'s statement that it accepts a taint, so the scheduler may place it on the tainted node. It allows the node; it does not attract the Pod to it.' },
];

/** The anchor of a term on the glossary page: `CrashLoopBackOff` → `crashloopbackoff`. */
export function termAnchor(term: string): string {
  return term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
