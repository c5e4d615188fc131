import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { loadLab } from '../../src/labs/load/load-lab.ts';
import type { Lab } from '../../src/labs/schema/lab-schema.ts';
import { LabSession, solutionText, type SavedLab } from '../../src/machine/lab-session.ts';
import { runScript } from '../../src/machine/script-runner.ts';
import type { Machine } from '../../src/machine/machine.ts';
import type { Pod } from '../../src/sim/api/types.ts';
import { isStatus } from '../../src/sim/api/errors.ts';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
const host = { settle };

function oomKilled(): Lab {
  const r = loadLab({ file: 'labs/oom-killed/lab.yaml', text: readFileSync('labs/oom-killed/lab.yaml', 'utf8'), folder: 'oom-killed' });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.lab;
}

const MANIFEST = [
  "cat > oom-pod.yaml <<'EOF'",
  'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: memory-hog', 'spec:', '  containers:', '  - name: stress-test',
  '    image: polinux/stress', '    resources:', '      limits:', '        memory: 50Mi', '    command: ["stress"]',
  '    args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]', 'EOF', '',
].join('\n');

async function type(machine: Machine, script: string): Promise<void> {
  await runScript(machine, script, () => {});
}

const pod = (m: Machine) => m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'memory-hog' });
const json = (s: SavedLab): unknown => JSON.parse(JSON.stringify(s));

describe('a lab session', () => {
  it('starts a lab in its start state with the first task open and the rest locked', async () => {
    const { session, restored } = await LabSession.open(oomKilled(), host);
    expect(restored).toBe(false);
    expect(session.progress.tasks['write-manifest'].status).toBe('open');
    expect(session.progress.tasks['create-pod'].status).toBe('locked');
  });

  it('grades live as the learner works, and a save restores files, pods and progress', async () => {
    const lab = oomKilled();
    const { session } = await LabSession.open(lab, host);
    const seen: string[] = [];
    session.onProgress((p) => seen.push(p.tasks['write-manifest'].status));
    await type(session.machine, `${MANIFEST}kubectl apply -f oom-pod.yaml\n`);
    await session.tick();
    expect(seen).toContain('passed');
    expect(session.progress.tasks['create-pod'].status).toBe('passed');
    expect(session.dirty()).toBe(true);
    const saved = json(session.save());
    expect(session.dirty()).toBe(false);

    const back = await LabSession.open(lab, host, saved);
    expect(back.restored).toBe(true);
    expect(back.session.machine.fs.readFile('/root/oom-pod.yaml')).toContain('memory: 50Mi');
    expect(isStatus(pod(back.session.machine))).toBe(false);
    expect(back.session.progress.tasks['create-pod'].status).toBe('passed');
    expect(back.session.progress.tasks['watch-it-fail'].status).toBe('open');
  });

  it('reset puts the start state back on a new machine and clears progress', async () => {
    const { session } = await LabSession.open(oomKilled(), host);
    await type(session.machine, `${MANIFEST}kubectl apply -f oom-pod.yaml\n`);
    await session.tick();
    const machines: Machine[] = [];
    session.onMachine((m) => machines.push(m));
    const progress = await session.reset();
    expect(machines).toEqual([session.machine]);
    expect(session.machine.fs.exists('/root/oom-pod.yaml')).toBe(false);
    expect(isStatus(pod(session.machine))).toBe(true);
    expect(progress.tasks['write-manifest'].status).toBe('open');
  });

  it.each([
    ['a save of another format version', (s: Record<string, unknown>) => { s.version = 99; }, 'the save is format version 99; this version of PodLab reads version 1'],
    ['a save for another lab', (s: Record<string, unknown>) => { s.lab = 'web-logger'; }, 'the save is for lab "web-logger", not "oom-killed"'],
    ['a damaged progress record', (s: Record<string, unknown>) => { (s.progress as Record<string, unknown>).tasks = 7; }, 'progress record tasks'],
    ['a damaged machine', (s: Record<string, unknown>) => { (s.snapshot as Record<string, unknown>).history = 'x'; }, 'the saved machine is damaged at history'],
  ])('opens the start state and says why when given %s', async (_name, damage, reason) => {
    const lab = oomKilled();
    const first = await LabSession.open(lab, host);
    await type(first.session.machine, MANIFEST);
    const saved = json(first.session.save()) as Record<string, unknown>;
    damage(saved);
    const { session, restored, problem } = await LabSession.open(lab, host, saved);
    expect(restored).toBe(false);
    expect(problem).toContain(reason);
    expect(session.machine.fs.exists('/root/oom-pod.yaml')).toBe(false);
  });

  it('restore leaves the running lab untouched when the save is bad', async () => {
    const { session } = await LabSession.open(oomKilled(), host);
    await type(session.machine, MANIFEST);
    const machine = session.machine;
    expect(await session.restore({ format: 'podlab-lab', version: 1, lab: 'oom-killed' })).toMatch(/^progress record/);
    expect(session.machine).toBe(machine);
  });

  it('shows the solution as heredocs and commands under each task title', () => {
    const text = solutionText(oomKilled());
    expect(text).toContain("# Write the Pod in oom-pod.yaml\ncat > oom-pod.yaml <<'EOF'\n");
    expect(text).toContain('# Create the Pod\nkubectl apply -f oom-pod.yaml\n');
    expect(text).toContain('# then wait about 90 seconds');
  });
});

describe('a lab session given progress on its own', () => {
  it('starts from the start state with the imported tasks still passed', async () => {
    const lab = oomKilled();
    const first = await LabSession.open(lab, host);
    await type(first.session.machine, MANIFEST);
    await first.session.tick();
    const { session, restored, problem } = await LabSession.open(lab, host, undefined, first.session.progress);
    expect([restored, problem]).toEqual([false, undefined]);
    expect(session.machine.fs.exists('/root/oom-pod.yaml')).toBe(false);
    expect(session.progress.tasks['write-manifest'].status).toBe('passed');
  });

  it('prefers newer progress over the one inside the machine save', async () => {
    const lab = oomKilled();
    const first = await LabSession.open(lab, host);
    const saved = json(first.session.save());
    await type(first.session.machine, MANIFEST);
    await first.session.tick();
    const { session, restored } = await LabSession.open(lab, host, saved, first.session.progress);
    expect(restored).toBe(true);
    expect(session.progress.tasks['write-manifest'].status).toBe('passed');
  });
});
