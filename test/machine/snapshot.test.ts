import { describe, it, expect } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { runScript } from '../../src/machine/script-runner.ts';
import { restoreMachine, takeSnapshot, SNAPSHOT_VERSION, type MachineSnapshot } from '../../src/machine/snapshot.ts';
import type { Pod } from '../../src/sim/api/types.ts';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
const host = { settle };

async function run(machine: Machine, script: string): Promise<string> {
  let out = '';
  await runScript(machine, script, (t) => { out += t; });
  return out;
}

/** A machine where the learner wrote a manifest, created a pod, answered and let time pass. */
async function worked(): Promise<Machine> {
  const m = new Machine({ host });
  await m.ready;
  await run(m, [
    "cat > web.yaml <<'EOF'",
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web', '    image: nginx', 'EOF',
    'kubectl apply -f web.yaml', 'mkdir -p notes', 'echo remember > notes/todo', 'rm .bashrc', 'answer 137', 'sleep 20', '',
  ].join('\n'));
  return m;
}

const roundTrip = (s: MachineSnapshot): unknown => JSON.parse(JSON.stringify(s));
const home = (s: Record<string, unknown>) => (s.files as Record<string, Record<string, { root: { entries: Record<string, unknown> } }>>).controlplane['/root'];

function restored(data: unknown): Machine {
  const r = restoreMachine(data, { host });
  if (!r.ok) throw new Error(r.error);
  return r.machine;
}

describe('machine snapshots', () => {
  it('restores files, cluster objects with status, history, commands, answers, clock and randomness exactly', async () => {
    const m = await worked();
    const before = takeSnapshot(m);
    const back = restored(roundTrip(before));
    await back.ready;
    expect(takeSnapshot(back)).toEqual(before);
    expect(back.fs.readFile('/root/notes/todo')).toBe('remember\n');
    expect(back.fs.exists('/root/.bashrc')).toBe(false);
    expect(back.clock.now()).toBe(m.clock.now());
    expect(back.random.save()).toBe(m.random.save());
    expect(back.history).toContain('kubectl apply -f web.yaml');
    expect(back.labWorld().answers().map((a) => a.text)).toEqual(['137']);
    const pod = back.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' }) as Pod;
    expect(pod.status?.phase).toBe('Running');
  });

  it('keeps static pod manifests and files on the other nodes', async () => {
    const m = await worked();
    m.fs.mkdir('/etc/kubernetes/manifests', { recursive: true });
    m.fs.writeFile('/etc/kubernetes/manifests/static-web.yaml', 'kind: Pod\n');
    m.cluster.nodes.get('node01')!.fs.writeFile('/tmp/marker', 'on node01\n');
    const back = restored(roundTrip(takeSnapshot(m)));
    expect(back.fs.readFile('/etc/kubernetes/manifests/static-web.yaml')).toBe('kind: Pod\n');
    expect(back.cluster.nodes.get('node01')!.fs.readFile('/tmp/marker')).toBe('on node01\n');
    expect(back.cluster.nodes.get('node01')!.fs.exists('/root/web.yaml')).toBe(false);
  });

  it('brings pods back running on their nodes once virtual time moves on', async () => {
    const m = await worked();
    const back = restored(roundTrip(takeSnapshot(m)));
    await back.ready;
    await back.advance(30_000);
    const out = await run(back, 'kubectl get pod web --no-headers -o custom-columns=STATUS:.status.phase,READY:.status.containerStatuses[0].ready\ncurl -s $(kubectl get pod web -o jsonpath={.status.podIP}) | grep -c "<h1>Welcome"\n');
    expect(out).toContain('Running   true');
    expect(out).toMatch(/\n1\n/);
  });

  it('gives the learner the saved shell history in a new terminal', async () => {
    const back = restored(roundTrip(takeSnapshot(await worked())));
    await back.ready;
    const tty = back.openTerminal();
    expect(tty.history.list()).toContain('echo remember > notes/todo');
  });

  it('marks a command still running at save time as ended, since its process did not survive', async () => {
    const m = await worked();
    const s = takeSnapshot(m);
    s.commands.push({ line: 'kubectl port-forward pod/web 8080:80', at: s.now });
    const back = restored(roundTrip(s));
    expect(back.commands.at(-1)).toEqual({ line: 'kubectl port-forward pod/web 8080:80', at: s.now, exitStatus: 130 });
  });

  it.each([
    ['a save of another version', (s: Record<string, unknown>) => { s.version = SNAPSHOT_VERSION + 1; }, `format version ${SNAPSHOT_VERSION + 1}; this version of PodLab reads version ${SNAPSHOT_VERSION}`],
    ['something that is not a machine', (s: Record<string, unknown>) => { delete s.format; }, 'not a PodLab machine'],
    ['a damaged home folder', (s: Record<string, unknown>) => { home(s).root.entries['web.yaml'] = { type: 'file' }; }, 'damaged at files.controlplane./root.root.entries.web.yaml'],
    ['a file name with a slash', (s: Record<string, unknown>) => { home(s).root.entries['a/b'] = { type: 'file', data: '', mode: 420, uid: 0, gid: 0, mtime: 0 }; }, 'damaged at files.controlplane./root.root.entries.a/b'],
    ['files for a node the cluster lacks', (s: Record<string, unknown>) => { (s.files as Record<string, unknown>).node07 = {}; }, 'the saved machine has files for node node07, which this cluster does not have'],
    ['a cluster object without a kind', (s: Record<string, unknown>) => { (s.cluster as Record<string, unknown>[])[0].kind = ''; }, 'damaged at cluster.0.kind'],
    ['an object of a kind the API server does not serve', (s: Record<string, unknown>) => { (s.cluster as Record<string, unknown>[])[0].kind = 'Gadget'; }, 'the saved cluster cannot be loaded: cannot load object of kind "Gadget"'],
    ['a clock that is not a number', (s: Record<string, unknown>) => { s.now = 'soon'; }, 'damaged at now'],
  ])('refuses %s with a reason and builds no machine', async (_name, damage, reason) => {
    const s = roundTrip(takeSnapshot(await worked())) as Record<string, unknown>;
    damage(s);
    const r = restoreMachine(s, { host });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(reason);
  });

  it('refuses data that is not an object at all', () => {
    expect(restoreMachine('{"format":', { host })).toEqual({ ok: false, error: 'the saved machine is not a JSON object' });
  });
});
