// A node's runtime on a virtual clock for tests: the standard catalog plus a small test image
// whose programs write, sleep and trap signals on command, and a client namespace on the pod
// network to send requests from.

import { ProgramRegistry } from '../../../src/os/exec.ts';
import { Network } from '../../../src/os/net.ts';
import type { Program } from '../../../src/os/process/context.ts';
import { VirtualClock } from '../../../src/sim/clock.ts';
import type { ContainerConfig, ImageInfo } from '../../../src/sim/cri/types.ts';
import { ImageCatalog } from '../../../src/sim/images/catalog.ts';
import { ImageStore } from '../../../src/sim/images/image-store.ts';
import { registerImagePrograms } from '../../../src/sim/images/programs/index.ts';
import { Random } from '../../../src/sim/random.ts';
import { ContainerRuntime } from '../../../src/sim/runtime/container-runtime.ts';

export const settle = () => new Promise<void>((r) => setImmediate(r));

export const START = Date.UTC(2026, 0, 5, 9, 0, 0);

/** `script` runs its arguments as steps: `out:text`, `err:text`, `sleep:ms`, `trap:TERM`, `exit:n`, `cat:path`. */
const script: Program = async (ctx) => {
  for (const step of ctx.argv.slice(1)) {
    const colon = step.indexOf(':');
    const [op, arg] = [step.slice(0, colon), step.slice(colon + 1)];
    if (op === 'out') ctx.stdout.write(`${arg}\n`);
    else if (op === 'err') ctx.stderr.write(`${arg}\n`);
    else if (op === 'sleep') await ctx.sleep(Number(arg));
    else if (op === 'trap') ctx.onSignal(`SIG${arg}` as 'SIGTERM', (s) => { ctx.stdout.write(`caught ${s}\n`); });
    else if (op === 'exit') return Number(arg);
    else if (op === 'cat') ctx.stdout.write(ctx.fs.readFile(ctx.resolve(arg), ctx.cred));
    else if (op === 'id') ctx.stdout.write(`uid=${ctx.cred.uid} gid=${ctx.cred.gid} groups=${ctx.cred.groups.join(',')}\n`);
    else if (op === 'env') for (const [k, v] of Object.entries(ctx.env)) ctx.stdout.write(`${k}=${v}\n`);
    else if (op === 'write') ctx.fs.writeFile(ctx.resolve(arg.split('=')[0]), arg.split('=')[1] ?? '', {}, ctx.cred);
  }
  return 0;
};

export function makeNode(seed = 7) {
  const clock = new VirtualClock(START);
  const random = new Random(seed);
  const network = new Network();
  const registry = registerImagePrograms(new ProgramRegistry());
  registry.register('script', script);
  const catalog = ImageCatalog.standard();
  catalog.add({
    repository: 'docker.io/podlab/script',
    tags: ['latest'],
    repoDigest: 'sha256:1111111111111111111111111111111111111111111111111111111111111111',
    configDigest: 'sha256:2222222222222222222222222222222222222222222222222222222222222222',
    sizeBytes: 1_000_000,
    config: { user: '', entrypoint: ['/bin/script'], env: ['PATH=/usr/local/bin:/usr/bin:/bin'], workingDir: '/' },
    layers: ['busybox'],
    files: [{ path: '/bin/script', type: 'binary', program: 'script' }],
  });
  const images = new ImageStore({ catalog, clock });
  const runtime = new ContainerRuntime({ clock, random, network, registry, catalog, yieldToHost: settle, node: { name: 'node01' } });
  const client = network.namespace(['10.244.1.1'], 'client');
  const advance = (ms: number) => clock.runUntil(clock.now() + ms, settle);
  const image = (ref: string): ImageInfo => images.preload(ref)!;
  const config = (name: string, ref: string, extra: Partial<ContainerConfig> = {}): ContainerConfig => ({
    name, image: image(ref), env: {}, mounts: [], attempt: 0, ...extra,
  });
  const pod = async (name = 'web', ip = '10.244.1.5') => {
    const r = await runtime.runPodSandbox({ podUid: `uid-${name}`, name, namespace: 'default', hostname: name, ip });
    if (!r.ok) throw new Error(r.message);
    return r.sandbox;
  };
  const run = async (sandboxId: string, c: ContainerConfig) => {
    const created = await runtime.createContainer(sandboxId, c);
    if (!created.ok) throw new Error(created.message);
    await runtime.startContainer(created.id);
    await settle();
    return created.id;
  };
  const text = (id: string) => runtime.logs(id).map((l) => l.text).join('\n');
  return { clock, random, network, registry, catalog, images, runtime, client, advance, image, config, pod, run, text };
}
