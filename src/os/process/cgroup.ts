// A memory cgroup: the processes of one container share its limit. Models the cgroup v2
// memory controller as Kubernetes v1.33 configures it: memory.max from the container's limit,
// and memory.oom.group set, so an OOM kills every process of the container, not just one.

import type { Process } from './process.ts';

export interface MemoryCgroupOptions {
  /** Bytes (memory.max); undefined means unlimited. */
  limit?: number;
  /** Kill the whole group on OOM (memory.oom.group, kubelet's default since v1.28). */
  oomGroup?: boolean;
}

export class MemoryCgroup {
  limit: number | undefined;
  readonly oomGroup: boolean;
  /** Bytes currently charged (memory.current). */
  usage = 0;
  /** Highest usage seen (memory.peak). */
  peak = 0;
  /** How many times the group hit its limit and something was killed (memory.events oom_kill). */
  oomKills = 0;
  readonly members = new Set<Process>();
  /** Called after every change of usage (memory.events notifications, for the kubelet's eviction manager). */
  onChange: (() => void) | undefined;

  constructor(options: MemoryCgroupOptions = {}) {
    this.limit = options.limit;
    this.oomGroup = options.oomGroup ?? true;
  }

  charge(bytes: number): void {
    this.usage = Math.max(0, this.usage + bytes);
    if (this.usage > this.peak) this.peak = this.usage;
    this.onChange?.();
  }

  /**
   * Charges memory no process owns — tmpfs pages — and runs the OOM killer while the group is
   * over its limit: those pages stay charged, so every process of the group may go.
   */
  chargePages(bytes: number): void {
    this.charge(bytes);
    while (bytes > 0 && this.overLimit) {
      const victims = this.oomVictims();
      if (victims.length === 0) break;
      this.oomKills++;
      for (const v of victims) v.terminate('SIGKILL', true);
    }
  }

  get overLimit(): boolean {
    return this.limit !== undefined && this.usage > this.limit;
  }

  /**
   * Who the OOM killer ends: the whole group, or the biggest user of memory (the newest on a
   * tie, as the kernel's badness score favours killing recent children).
   */
  oomVictims(): Process[] {
    const alive = [...this.members].filter((p) => p.alive);
    if (this.oomGroup) return alive;
    let victim: Process | undefined;
    for (const p of alive) if (!victim || p.memory >= victim.memory) victim = p;
    return victim ? [victim] : [];
  }
}
