import { describe, expect, it } from 'vitest';
import { FileSystem, Tree } from '../../../../src/os/index.ts';
import type { MountSource } from '../../../../src/os/fs/file-system.ts';
import type { ConfigMap, Pod, Secret, Status } from '../../../../src/sim/api/types.ts';
import { BasicVolumeManager, type VolumeSources } from '../../../../src/sim/kubelet/volumemanager/volume-manager.ts';
import { timestampDirName, writePayload } from '../../../../src/sim/kubelet/volumemanager/atomic-writer.ts';
import { ownershipMode } from '../../../../src/sim/kubelet/volumemanager/volume-ownership.ts';
import { hostPathSource } from '../../../../src/sim/kubelet/volumemanager/host-path.ts';
import { formatMap } from '../../../../src/sim/fieldpath/fieldpath.ts';
import { emptyDirSizeLimit } from '../../../../src/sim/kubelet/volumemanager/empty-dir.ts';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const notFound = (name: string): Status => ({ apiVersion: 'v1', kind: 'Status', status: 'Failure', message: `${name} not found`, reason: 'NotFound', code: 404 }) as Status;

function sources(objects: { configMaps?: ConfigMap[]; secrets?: Secret[] } = {}, hostFs?: FileSystem): VolumeSources {
  return {
    configMap: (ns, name) => objects.configMaps?.find((c) => c.metadata.name === name) ?? notFound(name),
    secret: (ns, name) => objects.secrets?.find((c) => c.metadata.name === name) ?? notFound(name),
    token: () => 'header.claims.signature',
    nodeAllocatable: { cpu: '2', memory: '4Gi' },
    now: () => NOW,
    hostFs: () => hostFs,
  };
}

const cm = (name: string, data: Record<string, string>): ConfigMap => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data });

function pod(spec: Partial<Pod['spec']>, labels: Record<string, string> = {}): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: 'uid-1', labels }, spec: { containers: [{ name: 'c', image: 'busybox' }], ...spec } } as Pod;
}

/** The tree a container would see for `volume`, as a filesystem. */
function view(m: BasicVolumeManager, p: Pod, volume: string): FileSystem {
  const spec = m.mountsFor(p, { name: 'c', image: 'busybox', volumeMounts: [{ name: volume, mountPath: '/v' }] })[0];
  const fs = new FileSystem(new Tree(), () => NOW);
  fs.mount('/v', spec.source as Tree | MountSource, { readOnly: spec.readOnly });
  return fs;
}

describe('atomic writer', () => {
  it('names the payload folder as Go formats the time, with a number after the dot', () => {
    expect(timestampDirName(NOW + 1500, 42)).toBe('..2026_01_05_09_00_01.42');
  });

  it('lays files out behind ..data and swaps the folder on change, dropping removed keys', () => {
    const fs = new FileSystem(new Tree({ mode: 0o777 }), () => NOW);
    writePayload(fs, '/', new Map([['a', { data: '1', mode: 0o644 }], ['dir/b', { data: '2', mode: 0o600 }]]), '..t1');
    expect(fs.readdir('/').sort()).toEqual(['..data', '..t1', 'a', 'dir']);
    expect([fs.readlink('/..data'), fs.readlink('/a'), fs.readlink('/dir')]).toEqual(['..t1', '..data/a', '..data/dir']);
    expect(fs.readFile('/dir/b')).toBe('2');
    expect(fs.stat('/dir/b').mode & 0o777).toBe(0o600);
    expect(writePayload(fs, '/', new Map([['a', { data: '1', mode: 0o644 }], ['dir/b', { data: '2', mode: 0o600 }]]), '..t2')).toBe(false);
    expect(writePayload(fs, '/', new Map([['a', { data: 'new', mode: 0o644 }]]), '..t2')).toBe(true);
    expect(fs.readdir('/').sort()).toEqual(['..data', '..t2', 'a']);
    expect(fs.readFile('/a')).toBe('new');
  });
});

describe('fsGroup ownership', () => {
  it.each([
    [0o777, true, false, 0o2777],
    [0o755, true, true, 0o2755],
    [0o644, false, true, 0o644],
    [0o400, false, true, 0o440],
    [0o600, false, false, 0o660],
  ])('mode %o (dir %s, read-only %s) becomes %o', (mode, dir, ro, want) => {
    expect(ownershipMode(mode, dir, ro)).toBe(want);
  });
});

describe('downward API maps', () => {
  it('writes labels as sorted key="value" lines without a final newline', () => {
    expect(formatMap({ tier: 'web', app: 'demo' })).toBe('app="demo"\ntier="web"');
  });
});

describe('hostPath', () => {
  const host = () => {
    const fs = new FileSystem(new Tree(), () => NOW);
    fs.mkdir('/etc', {});
    fs.writeFile('/etc/motd', 'hi');
    return fs;
  };

  it.each([
    ['/data', 'DirectoryOrCreate', 'ok'],
    ['/data', undefined, 'ok'],
    ['/data', 'Directory', 'hostPath type check failed: /data is not a directory'],
    ['/etc/motd', 'Directory', 'hostPath type check failed: /etc/motd is not a directory'],
    ['/etc/motd', 'File', 'ok'],
    ['/etc/new', 'FileOrCreate', 'ok'],
    ['/etc', 'File', 'hostPath type check failed: /etc is not a file'],
    ['/var/run/x.sock', 'Socket', 'hostPath type check failed: /var/run/x.sock is not a socket file'],
  ])('%s with type %s: %s', (path, type, want) => {
    const r = hostPathSource(host(), path, type);
    expect(r.ok ? 'ok' : r.message).toBe(want);
  });
});

describe('BasicVolumeManager', () => {
  it('writes a configMap volume, read-only, and refreshes it when the ConfigMap changes', async () => {
    const objects = { configMaps: [cm('app-config', { color: 'blue' })] };
    const m = new BasicVolumeManager(sources(objects));
    const p = pod({ volumes: [{ name: 'cfg', configMap: { name: 'app-config' } }] });
    expect(await m.mountPod(p)).toEqual({ ok: true });
    const fs = view(m, p, 'cfg');
    expect(fs.readFile('/v/color')).toBe('blue');
    expect(() => fs.writeFile('/v/x', '')).toThrow('Read-only file system');
    objects.configMaps[0] = cm('app-config', { color: 'red' });
    expect(m.podsUsing('configmap', 'default', 'app-config').map((x) => x.metadata.name)).toEqual(['p']);
    m.setUp(p);
    expect(fs.readFile('/v/color')).toBe('red');
  });

  it.each([
    [{ name: 'cfg', configMap: { name: 'app-config' } }, 'MountVolume.SetUp failed for volume "cfg" : configmap "app-config" not found'],
    [{ name: 's', secret: { secretName: 'db' } }, 'MountVolume.SetUp failed for volume "s" : secret "db" not found'],
    [{ name: 'cfg', configMap: { name: 'present', items: [{ key: 'nope', path: 'x' }] } }, 'MountVolume.SetUp failed for volume "cfg" : configmap references non-existent config key: nope'],
  ])('fails to mount %j', async (volume, message) => {
    const m = new BasicVolumeManager(sources({ configMaps: [cm('present', { a: '1' })] }));
    expect(await m.mountPod(pod({ volumes: [volume] }))).toEqual({ ok: false, message });
  });

  it('mounts nothing for an optional ConfigMap that is missing', async () => {
    const m = new BasicVolumeManager(sources());
    const p = pod({ volumes: [{ name: 'cfg', configMap: { name: 'x', optional: true } }] });
    expect(await m.mountPod(p)).toEqual({ ok: true });
    expect(view(m, p, 'cfg').readdir('/v').filter((n) => !n.startsWith('..'))).toEqual([]);
  });

  it('decodes secrets into files with the given mode and items paths', async () => {
    const secret: Secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, data: { password: 'czNjcmV0' } } as Secret;
    const m = new BasicVolumeManager(sources({ secrets: [secret] }));
    const p = pod({ volumes: [{ name: 's', secret: { secretName: 'db', defaultMode: 0o400, items: [{ key: 'password', path: 'creds/pw' }] } }] });
    await m.mountPod(p);
    const fs = view(m, p, 's');
    expect(fs.readFile('/v/creds/pw')).toBe('s3cret');
    expect(fs.stat('/v/creds/pw').mode & 0o777).toBe(0o400);
  });

  it('gives an emptyDir and API-data volumes to the fsGroup, setgid on folders', async () => {
    const m = new BasicVolumeManager(sources({ configMaps: [cm('c', { k: 'v' })] }));
    const p = pod({ securityContext: { fsGroup: 2000 }, volumes: [{ name: 'data', emptyDir: {} }, { name: 'cfg', configMap: { name: 'c' } }] });
    await m.mountPod(p);
    const data = view(m, p, 'data').stat('/v');
    expect([data.gid, data.mode & 0o7777]).toEqual([2000, 0o2777]);
    const file = view(m, p, 'cfg').stat('/v/k');
    expect([file.gid, file.mode & 0o7777]).toEqual([2000, 0o644]);
  });

  it('keeps one emptyDir tree for the pod until it is unmounted', async () => {
    const m = new BasicVolumeManager(sources());
    const p = pod({ volumes: [{ name: 'data', emptyDir: {} }] });
    await m.mountPod(p);
    view(m, p, 'data').writeFile('/v/keep', 'x');
    await m.mountPod(p);
    expect(view(m, p, 'data').readFile('/v/keep')).toBe('x');
    m.unmountPod('uid-1');
    await m.mountPod(p);
    expect(view(m, p, 'data').exists('/v/keep')).toBe(false);
  });

  it('renders downward API fields and keeps one service account token across resyncs', async () => {
    let minted = 0;
    const src = { ...sources(), token: () => `token-${++minted}` };
    const m = new BasicVolumeManager(src);
    const p = pod({ volumes: [
      { name: 'info', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }, { path: 'mem', resourceFieldRef: { containerName: 'c', resource: 'limits.memory', divisor: '1Mi' } }] } },
      { name: 'kube-api-access-abcde', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3607 } }, { downwardAPI: { items: [{ path: 'namespace', fieldRef: { fieldPath: 'metadata.namespace' } }] } }] } },
    ] }, { app: 'demo' });
    await m.mountPod(p);
    await m.mountPod(p);
    expect(view(m, p, 'info').readFile('/v/labels')).toBe('app="demo"');
    expect(view(m, p, 'info').readFile('/v/mem')).toBe('4096');
    const sa = view(m, p, 'kube-api-access-abcde');
    expect([sa.readFile('/v/token'), sa.readFile('/v/namespace'), minted]).toEqual(['token-1', 'default', 1]);
  });

  it('binds a hostPath into the node filesystem', async () => {
    const host = new FileSystem(new Tree(), () => NOW);
    const m = new BasicVolumeManager(sources({}, host));
    const p = pod({ volumes: [{ name: 'h', hostPath: { path: '/srv/data', type: 'DirectoryOrCreate' } }] });
    await m.mountPod(p);
    view(m, p, 'h').writeFile('/v/from-pod', 'hello');
    expect(host.readFile('/srv/data/from-pod')).toBe('hello');
  });
});

describe('emptyDir size', () => {
  const Mi = 1024 * 1024;
  const withLimits = (...limits: (string | undefined)[]) => pod({ containers: limits.map((l, i) => ({ name: `c${i}`, image: 'x', resources: l ? { limits: { memory: l } } : {} })) });
  it.each([
    ['disk without sizeLimit', withLimits('64Mi'), {}, undefined],
    ['disk with sizeLimit: no quota, the eviction manager enforces it', withLimits(), { sizeLimit: '10Mi' }, undefined],
    ['memory, a container without a limit: node allocatable', withLimits('64Mi', undefined), { medium: 'Memory' }, 1900 * Mi],
    ['memory, every container limited: the pod limit', withLimits('64Mi', '32Mi'), { medium: 'Memory' }, 96 * Mi],
    ['memory with a smaller sizeLimit', withLimits('64Mi'), { medium: 'Memory', sizeLimit: '16Mi' }, 16 * Mi],
    ['memory with a larger sizeLimit', withLimits('64Mi'), { medium: 'Memory', sizeLimit: '1Gi' }, 64 * Mi],
  ])('%s', (_, p, emptyDir, want) => {
    expect(emptyDirSizeLimit(p, { name: 'v', emptyDir }, '1900Mi')).toBe(want);
  });
});
