// The mutating admission plugins a kubeadm cluster runs on pod creation, in their order:
// ServiceAccount (token volume and mounts), Priority, DefaultTolerationSeconds.
// Models plugin/pkg/admission/serviceaccount/admission.go, plugin/pkg/admission/priority/admission.go,
// plugin/pkg/admission/defaulttolerationseconds/admission.go

import type { Container, Pod, ServiceAccount, Status, Toleration, Volume } from '../api/types.ts';
import { newForbidden } from '../api/errors.ts';

export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';
export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Built-in priority classes every cluster has (scheduling/v1 SystemPriorityClasses). */
const SYSTEM_PRIORITY_CLASSES: Record<string, number> = {
  'system-node-critical': 2000001000,
  'system-cluster-critical': 2000000000,
};

export interface AdmissionContext {
  serviceAccount(namespace: string, name: string): ServiceAccount | undefined;
  /** Five random characters for the token volume name (Random.suffix). */
  suffix(): string;
}

export function isMirrorPod(pod: Pod): boolean {
  return pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined;
}

function tokenVolume(name: string): Volume {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  };
}

function admitServiceAccount(pod: Pod, ns: string, ctx: AdmissionContext): Status | undefined {
  // Mirror pods are the kubelet's copies of static pods: their spec is left exactly as the file says.
  if (isMirrorPod(pod)) return undefined;
  const spec = pod.spec;
  spec.serviceAccountName ||= 'default';
  spec.serviceAccount = spec.serviceAccountName;
  const sa = ctx.serviceAccount(ns, spec.serviceAccountName);
  if (!sa) {
    return newForbidden('pods', pod.metadata.name ?? '',
      `error looking up service account ${ns}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`);
  }
  const automount = spec.automountServiceAccountToken ?? sa.automountServiceAccountToken ?? true;
  if (!automount) return undefined;
  const containers: Container[] = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  const alreadyMounted = containers.some((c) => c.volumeMounts?.some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH));
  if (alreadyMounted && containers.every((c) => c.volumeMounts?.some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH))) return undefined;
  const name = `kube-api-access-${ctx.suffix()}`;
  spec.volumes = [...(spec.volumes ?? []), tokenVolume(name)];
  for (const c of containers) {
    if (c.volumeMounts?.some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH)) continue;
    c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: SERVICE_ACCOUNT_MOUNT_PATH, name, readOnly: true }];
  }
  return undefined;
}

function admitPriority(pod: Pod): Status | undefined {
  const spec = pod.spec;
  const className = spec.priorityClassName;
  if (!className) {
    spec.priority = 0;
  } else if (className in SYSTEM_PRIORITY_CLASSES) {
    spec.priority = SYSTEM_PRIORITY_CLASSES[className];
  } else {
    return newForbidden('pods', pod.metadata.name ?? '', `no PriorityClass with name ${className} was found`);
  }
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  return undefined;
}

const DEFAULT_TOLERATIONS: Toleration[] = [
  { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
  { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
];

function admitDefaultTolerations(pod: Pod): void {
  const existing = pod.spec.tolerations ?? [];
  const add = DEFAULT_TOLERATIONS.filter((d) => !existing.some((t) =>
    (t.key === d.key || (t.key ?? '') === '' && t.operator === 'Exists') && (t.effect === 'NoExecute' || (t.effect ?? '') === '')));
  if (add.length > 0) pod.spec.tolerations = [...existing, ...add.map((t) => ({ ...t }))];
}

/** Runs the mutating plugins on a pod being created in `ns`. Mutates the pod. */
export function admitPodCreate(pod: Pod, ns: string, ctx: AdmissionContext): Status | undefined {
  return admitServiceAccount(pod, ns, ctx) ?? admitPriority(pod) ?? (admitDefaultTolerations(pod), undefined);
}
