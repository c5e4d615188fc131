// containerd's and runc's texts for a process that cannot start, as the kubelet shows them.

/** StartContainer failing: the container's Last State message and the `Error: …` event. */
export function startError(runcError: string): string {
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${runcError}: unknown`;
}

/** An exec that cannot start (`kubectl exec … -- bash` where the image has no bash). */
export function execStartError(execId: string, runcError: string): string {
  return `failed to exec in container: failed to start exec "${execId}": OCI runtime exec failed: exec failed: unable to start container process: ${runcError}: unknown`;
}

/** The same failure as an exec probe receives it through the CRI. */
export function rpcUnknown(message: string): string {
  return `rpc error: code = Unknown desc = ${message}`;
}

/** The status reason containerd reports for a container that ended. */
export function exitReason(exitCode: number, oomKilled: boolean): 'Completed' | 'Error' | 'OOMKilled' {
  if (oomKilled) return 'OOMKilled';
  return exitCode === 0 ? 'Completed' : 'Error';
}
