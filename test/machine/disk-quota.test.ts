import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { runScript } from '../../src/machine/script-runner.ts';
import { NODE_DISK_BYTES } from '../../src/machine/host-fs.ts';
import { CONTAINER_LAYER_BYTES } from '../../src/sim/runtime/rootfs.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

async function run(machine: Machine, script: string): Promise<string> {
  let out = '';
  await runScript(machine, script, (t) => { out += t; });
  return out;
}

describe('disk quotas', () => {
  it('the node disk fills up: writes fail with No space left on device, and deleting frees the room', async () => {
    const m = new Machine({ host: { settle } });
    const mib = NODE_DISK_BYTES / (1024 * 1024);
    const out = await run(m, [
      `for i in 1 2 3; do dd if=/dev/zero of=/root/f$i bs=1M count=${mib / 2} 2>&1 | grep -o 'No space left on device' || echo "write $i done"; done`,
      'rm /root/f1 /root/f2 /root/f3; echo small > /root/ok && cat /root/ok',
    ].join('\n'));
    expect(out.match(/No space left on device/g)?.length).toBeGreaterThanOrEqual(2);
    expect(out).toContain('write 1 done');
    expect(out).toContain('small\n');
  }, 60_000);

  it("a container's writable layer has a quota of its own", async () => {
    const m = new Machine({ host: { settle } });
    const mib = CONTAINER_LAYER_BYTES / (1024 * 1024);
    const out = await run(m, [
      'kubectl run box --image=busybox -- sleep 3600',
      'kubectl wait --for=condition=Ready pod/box --timeout=120s',
      `kubectl exec box -- sh -c 'dd if=/dev/zero of=/big bs=1M count=${mib + 10}; echo status $?'`,
    ].join('\n'));
    expect(out).toContain('No space left on device');
    expect(out).toMatch(/status 1/);
  }, 60_000);
});
