// Usage figures for the running containers of a node, as the CRI's ListContainerStats reports
// them to the kubelet's summary API: memory is the cgroup's memory.current; CPU is a rate
// derived from how busy each process has been since the previous sample.
// Models containerd pkg/cri/server/container_stats_list.go over cgroup v2 memory and cpu.

import type { Process } from '../../os/process/process.ts';
import type { ContainerStats } from '../cri/types.ts';

export type { ContainerStats };

/** Checkpoints a process must pass between two samples to count as spinning on a CPU. */
export const BUSY_TICKS = 100;

/** What an idle process costs in CPU: a sleeping shell or server wakes up now and then. */
const IDLE_MILLICORES = 1;

/**
 * A container's CPU rate from its processes' busyness: a spinning process takes one core, an
 * idle one next to nothing; the CFS quota (limits.cpu) and the node's cores cap the sum, which is
 * what throttling looks like from outside.
 */
export function cpuMillicores(busy: number, idle: number, limitMillis: number | undefined, nodeCpus: number): number {
  let m = busy * 1000 + (busy === 0 && idle > 0 ? IDLE_MILLICORES : 0);
  if (limitMillis !== undefined && limitMillis > 0) m = Math.min(m, limitMillis);
  return Math.min(m, nodeCpus * 1000);
}

/**
 * Remembers each process's checkpoint count at the last sample, to tell busy from idle. Samples
 * closer together than a second reuse the last answer, so several readers agree.
 */
export class CpuSampler {
  private readonly seen = new WeakMap<Process, number>();
  private readonly last = new Map<string, { at: number; busy: number; idle: number }>();

  sample(key: string, processes: Process[], now: number): { busy: number; idle: number } {
    const prior = this.last.get(key);
    if (prior && now - prior.at < 1000) return prior;
    let busy = 0;
    let idle = 0;
    for (const p of processes) {
      if (!p.alive) continue;
      const before = this.seen.get(p) ?? 0;
      this.seen.set(p, p.cpuTicks);
      if (p.spinning || p.cpuTicks - before >= BUSY_TICKS) busy++;
      else idle++;
    }
    this.last.set(key, { at: now, busy, idle });
    return { busy, idle };
  }

  forget(key: string): void {
    this.last.delete(key);
  }
}
