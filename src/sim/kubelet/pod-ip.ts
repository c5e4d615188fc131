// Pod IPs from the node's pod CIDR, handed out in order from .2 (the bridge holds .1) and, once
// the range is used up, wrapping round to the lowest free one, as the host-local IPAM plugin does.
// Models containernetworking/plugins/plugins/ipam/host-local (range allocator)

function toInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function toIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

export class PodIPAllocator {
  private readonly first: number;
  private readonly last: number;
  private nextIp: number;
  private readonly used = new Map<number, string>();

  constructor(cidr: string) {
    const [base, bits] = cidr.split('/');
    const size = 2 ** (32 - Number(bits));
    const network = Math.floor(toInt(base) / size) * size;
    this.first = network + 2;
    this.last = network + size - 2;
    this.nextIp = this.first;
  }

  /** The next free IP for `owner` (a pod UID), or undefined when the range is exhausted. */
  allocate(owner: string): string | undefined {
    for (const [ip, who] of this.used) if (who === owner) return toIp(ip);
    const span = this.last - this.first + 1;
    for (let i = 0; i < span; i++) {
      const candidate = this.first + ((this.nextIp - this.first + i) % span);
      if (!this.used.has(candidate)) {
        this.used.set(candidate, owner);
        this.nextIp = candidate + 1 > this.last ? this.first : candidate + 1;
        return toIp(candidate);
      }
    }
    return undefined;
  }

  release(owner: string): void {
    for (const [ip, who] of this.used) if (who === owner) this.used.delete(ip);
  }
}
