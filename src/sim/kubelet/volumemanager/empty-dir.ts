// The size of an emptyDir's tree. `medium: Memory` is a tmpfs sized to what the pod may use:
// node allocatable memory, the pod's memory limit when every container has one, or the
// volume's sizeLimit when that is smaller. A disk-backed emptyDir has no size of its own: its
// sizeLimit is no quota, writes past it succeed, and the eviction manager evicts the pod.
// Models pkg/volume/emptydir/empty_dir.go (calculateEmptyDirMemorySize)

import type { Pod, Volume } from '../../api/types.ts';
import { toBytes } from '../../api/quantity.ts';

/** The pod's memory limit as its cgroup gets it: the sum of its containers' limits, if all have one. */
export function podMemoryLimit(pod: Pod): number | undefined {
  let sum = 0;
  for (const c of pod.spec.containers) {
    const q = c.resources?.limits?.memory;
    if (q === undefined) return undefined;
    sum += toBytes(q);
  }
  return sum > 0 ? sum : undefined;
}

export function emptyDirSizeLimit(pod: Pod, volume: Volume, nodeAllocatableMemory: string | undefined): number | undefined {
  if (volume.emptyDir?.medium !== 'Memory') return undefined;
  const given = volume.emptyDir.sizeLimit ? toBytes(volume.emptyDir.sizeLimit) : undefined;
  let size = nodeAllocatableMemory ? toBytes(nodeAllocatableMemory) : undefined;
  const podLimit = podMemoryLimit(pod);
  if (podLimit !== undefined && (size === undefined || podLimit <= size)) size = podLimit;
  if (given !== undefined && given > 0 && (size === undefined || given <= size)) size = given;
  return size;
}
