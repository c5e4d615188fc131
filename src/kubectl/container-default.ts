// Which container a command acts on when -c is not given: the default-container annotation,
// else the first container, with the notice kubectl prints when there was a choice.
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/podcmd/podcmd.go (FindOrDefaultContainerByName).

import type { Pod } from '../sim/api/types.ts';

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** Containers, then ephemeral `(ephem)`, then init `(init)`, as the notice lists them. */
export function allContainerNames(pod: Pod): string {
  const names = [
    ...pod.spec.containers.map((c) => c.name),
    ...(pod.spec.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
    ...(pod.spec.initContainers ?? []).map((c) => `${c.name} (init)`),
  ];
  return names.join(', ');
}

export interface DefaultedContainer {
  name: string;
  /** The `Defaulted container …` line for stderr, when the pod has other containers. */
  notice?: string;
}

export function defaultContainer(pod: Pod): DefaultedContainer {
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  if (annotated && pod.spec.containers.some((c) => c.name === annotated)) return { name: annotated };
  const name = pod.spec.containers[0]?.name ?? '';
  const total = pod.spec.containers.length + (pod.spec.initContainers ?? []).length + (pod.spec.ephemeralContainers ?? []).length;
  return { name, notice: total > 1 ? `Defaulted container "${name}" out of: ${allContainerNames(pod)}\n` : undefined };
}

/** Whether `name` is any container of the pod (regular, init or ephemeral). */
export function hasContainer(pod: Pod, name: string): boolean {
  return [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])].some((c) => c.name === name);
}
