// Help for kubectl logs, exec and run (kubectl v1.33.1's Long, Example and flag texts).

import type { CommandHelp } from './render-help.ts';

const POD_RUNNING_TIMEOUT = 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running';
const PRINT_FLAGS = [
  { name: 'allow-missing-template-keys', default: 'true', usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
  { name: 'output', shorthand: 'o', default: "''", usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
  { name: 'show-managed-fields', default: 'false', usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' },
  { name: 'template', default: "''", usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].' },
];

export const LOGS_HELP: CommandHelp = {
  use: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  long: 'Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.',
  example: `# Return snapshot logs from pod nginx with only one container
kubectl logs nginx

# Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
kubectl logs nginx --prefix

# Return snapshot logs from pod nginx, limiting output to 500 bytes
kubectl logs nginx --limit-bytes=500

# Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
kubectl logs nginx --pod-running-timeout=20s

# Return snapshot logs from pod nginx with multi containers
kubectl logs nginx --all-containers=true

# Return snapshot logs from all pods in the deployment nginx
kubectl logs deployment/nginx --all-pods=true

# Return snapshot logs from all containers in pods defined by label app=nginx
kubectl logs -l app=nginx --all-containers=true

# Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
kubectl logs -l app=nginx --max-log-requests=10

# Return snapshot of previous terminated ruby container logs from pod web-1
kubectl logs -p -c ruby web-1

# Begin streaming the logs from pod nginx, continuing even if errors occur
kubectl logs nginx -f --ignore-errors=true

# Begin streaming the logs of the ruby container in pod web-1
kubectl logs -f -c ruby web-1

# Begin streaming the logs from all containers in pods defined by label app=nginx
kubectl logs -f -l app=nginx --all-containers=true

# Display only the most recent 20 lines of output in pod nginx
kubectl logs --tail=20 nginx

# Show all logs from pod nginx written in the last hour
kubectl logs --since=1h nginx

# Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true

# Show logs from a kubelet with an expired serving certificate
kubectl logs --insecure-skip-tls-verify-backend nginx

# Return snapshot logs from first container of a job named hello
kubectl logs job/hello

# Return snapshot logs from container nginx-1 of a deployment named nginx
kubectl logs deployment/nginx -c nginx-1`,
  flags: [
    { name: 'all-containers', default: 'false', usage: "Get all containers' logs in the pod(s)." },
    { name: 'all-pods', default: 'false', usage: 'Get logs from all pod(s). Sets prefix to true.' },
    { name: 'container', shorthand: 'c', default: "''", usage: 'Print the logs of this container' },
    { name: 'follow', shorthand: 'f', default: 'false', usage: 'Specify if the logs should be streamed.' },
    { name: 'ignore-errors', default: 'false', usage: 'If watching / following pod logs, allow for any errors that occur to be non-fatal' },
    { name: 'insecure-skip-tls-verify-backend', default: 'false', usage: 'Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.' },
    { name: 'limit-bytes', default: '0', usage: 'Maximum bytes of logs to return. Defaults to no limit.' },
    { name: 'max-log-requests', default: '5', usage: 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.' },
    { name: 'pod-running-timeout', default: '20s', usage: POD_RUNNING_TIMEOUT },
    { name: 'prefix', default: 'false', usage: 'Prefix each log line with the log source (pod name and container name)' },
    { name: 'previous', shorthand: 'p', default: 'false', usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.' },
    { name: 'selector', shorthand: 'l', default: "''", usage: "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints." },
    { name: 'since', default: '0s', usage: 'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.' },
    { name: 'since-time', default: "''", usage: 'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.' },
    { name: 'tail', default: '-1', usage: 'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.' },
    { name: 'timestamps', default: 'false', usage: 'Include timestamps on each line in the log output' },
  ],
};

export const EXEC_HELP: CommandHelp = {
  use: 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]',
  long: 'Execute a command in a container.',
  example: `# Get output from running the 'date' command from pod mypod, using the first container by default
kubectl exec mypod -- date

# Get output from running the 'date' command in ruby-container from pod mypod
kubectl exec mypod -c ruby-container -- date

# Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
# and sends stdout/stderr from 'bash' back to the client
kubectl exec mypod -c ruby-container -i -t -- bash -il

# List contents of /usr from the first container of pod mypod and sort by modification time
# If the command you want to execute in the pod has any flags in common (e.g. -i),
# you must use two dashes (--) to separate your command's flags/arguments
# Also note, do not surround your command and its flags/arguments with quotes
# unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
kubectl exec mypod -i -t -- ls -t /usr

# Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
kubectl exec deploy/mydeployment -- date

# Get output from running 'date' command from the first pod of the service myservice, using the first container by default
kubectl exec svc/myservice -- date`,
  flags: [
    { name: 'container', shorthand: 'c', default: "''", usage: 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen' },
    { name: 'filename', shorthand: 'f', default: '[]', usage: 'to use to exec into the resource' },
    { name: 'pod-running-timeout', default: '1m0s', usage: POD_RUNNING_TIMEOUT },
    { name: 'quiet', shorthand: 'q', default: 'false', usage: 'Only print output from the remote session' },
    { name: 'stdin', shorthand: 'i', default: 'false', usage: 'Pass stdin to the container' },
    { name: 'tty', shorthand: 't', default: 'false', usage: 'Stdin is a TTY' },
  ],
};

export const RUN_HELP: CommandHelp = {
  use: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]',
  long: 'Create and run a particular image in a pod.',
  example: `# Start a nginx pod
kubectl run nginx --image=nginx

# Start a hazelcast pod and let the container expose port 5701
kubectl run hazelcast --image=hazelcast/hazelcast --port=5701

# Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"

# Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"

# Dry run; print the corresponding API objects without creating them
kubectl run nginx --image=nginx --dry-run=client

# Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'

# Start a busybox pod and keep it in the foreground, don't restart it if it exits
kubectl run -i -t busybox --image=busybox --restart=Never

# Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>

# Start the nginx pod using a different command and custom arguments
kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`,
  flags: [
    ...PRINT_FLAGS,
    { name: 'annotations', default: '[]', usage: 'Annotations to apply to the pod.' },
    { name: 'attach', default: 'false', usage: "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned." },
    { name: 'command', default: 'false', usage: "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default." },
    { name: 'dry-run', default: "'none'", usage: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.' },
    { name: 'env', default: '[]', usage: 'Environment variables to set in the container.' },
    { name: 'expose', default: 'false', usage: 'If true, create a ClusterIP service associated with the pod.  Requires `--port`.' },
    { name: 'field-manager', default: "'kubectl-run'", usage: 'Name of the manager used to track field ownership.' },
    { name: 'image', default: "''", usage: 'The image for the container to run.' },
    { name: 'image-pull-policy', default: "''", usage: 'The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.' },
    { name: 'labels', shorthand: 'l', default: "''", usage: 'Comma separated labels to apply to the pod. Will override previous values.' },
    { name: 'leave-stdin-open', default: 'false', usage: 'If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.' },
    { name: 'override-type', default: "'merge'", usage: 'The method used to override the generated object: json, merge, or strategic.' },
    { name: 'overrides', default: "''", usage: 'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.' },
    { name: 'pod-running-timeout', default: '1m0s', usage: POD_RUNNING_TIMEOUT },
    { name: 'port', default: "''", usage: 'The port that this container exposes.' },
    { name: 'privileged', default: 'false', usage: 'If true, run the container in privileged mode.' },
    { name: 'quiet', shorthand: 'q', default: 'false', usage: 'If true, suppress prompt messages.' },
    { name: 'restart', default: "'Always'", usage: 'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].' },
    { name: 'rm', default: 'false', usage: "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'." },
    { name: 'save-config', default: 'false', usage: "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future." },
    { name: 'stdin', shorthand: 'i', default: 'false', usage: 'Keep stdin open on the container in the pod, even if nothing is attached.' },
    { name: 'tty', shorthand: 't', default: 'false', usage: 'Allocate a TTY for the container in the pod.' },
  ],
};
