// kubectl edit after a rejected save: the editor opens again on the edited text under a header
// that says why, as kubectl's editoptions.go does; quitting without a change keeps that copy.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/sim/api/types.ts';
import { binary } from '../../src/os/exec.ts';
import type { Program } from '../../src/os/process/context.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeName: node01\n  containers:\n  - name: nginx\n    image: nginx\n';

/** An editor that applies the next of `passes` to the file and records what it was shown. */
function scriptedEditor(passes: ((text: string) => string)[]): { program: Program; shown: string[]; paths: string[] } {
  const shown: string[] = [];
  const paths: string[] = [];
  const program: Program = async (ctx) => {
    const path = ctx.argv[ctx.argv.length - 1];
    const text = ctx.fs.readFile(path);
    shown.push(text);
    paths.push(path);
    const pass = passes[shown.length - 1] ?? ((t: string) => t);
    ctx.fs.writeFile(path, pass(text));
    return 0;
  };
  return { program, shown, paths };
}

function machineWith(editor: Program) {
  const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD, '/bin/ed-script': binary('ed-script') }, programs: new Map([['ed-script', editor]]) });
  m.env.EDITOR = 'ed-script';
  return m;
}

const addEnv = (t: string) => t.replace('  - image: nginx\n', '  - env:\n    - name: A\n      value: "1"\n    image: nginx\n');

describe('kubectl edit with a change the API server rejects', () => {
  it('reopens the editor with the reasons above the edited text, then cancels and keeps that copy when nothing changes', async () => {
    const ed = scriptedEditor([addEnv]);
    const m = machineWith(ed.program);
    await m.run('kubectl apply -f pod.yaml');
    const r = await m.run('kubectl edit pod web');
    expect(ed.shown).toHaveLength(2);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`error: pods "web" is invalid\nA copy of your changes has been stored to "${ed.paths[1]}"\nerror: Edit cancelled, no valid changes were saved.\n`);
    const reopened = ed.shown[1].split('\n');
    expect(reopened.slice(3, 6)).toEqual([
      '#',
      '# pods "web" was not valid:',
      expect.stringMatching(/^# \* spec: Forbidden: pod updates may not change fields other than `spec\.containers\[\*\]\.image`/),
    ]);
    expect(reopened.filter((l) => l.trim() !== '' && !l.startsWith('#')).join('\n')).toContain('    - name: A\n      value: "1"');
    expect(m.fs.readFile(ed.paths[1])).toBe(ed.shown[1]);
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' }) as Pod;
    expect(pod.spec.containers[0].env).toBeUndefined();
  });

  it('saves a valid change made in the reopened editor and removes its files', async () => {
    const undoEnvSetImage = (t: string) => t.replace('    - name: A\n      value: "1"\n', '').replace('  - env:\n    image: nginx\n', '  - image: nginx:1.27\n');
    const ed = scriptedEditor([addEnv, undoEnvSetImage]);
    const m = machineWith(ed.program);
    await m.run('kubectl apply -f pod.yaml');
    const r = await m.run('kubectl edit pod web');
    expect(r).toEqual({ stdout: 'pod/web edited\n', stderr: 'error: pods "web" is invalid\n', status: 0 });
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' }) as Pod;
    expect(pod.spec.containers[0].image).toBe('nginx:1.27');
    expect(ed.paths.filter((p) => m.fs.exists(p))).toEqual([]);
  });

  it('reopens on a syntax error with the parser\'s complaint in the header', async () => {
    const ed = scriptedEditor([(t) => t.replace('kind: Pod', 'kind: Pod\n  oops: [')]);
    const m = machineWith(ed.program);
    await m.run('kubectl apply -f pod.yaml');
    const r = await m.run('kubectl edit pod web');
    expect(r.status).toBe(1);
    expect(ed.shown[1].split('\n')[4]).toMatch(/^# The edited file had a syntax error: /);
  });
});
