import { describe, expect, it } from 'vitest';
import { Screen } from '../../support/screen.ts';

const row = (s: Screen, i: number) => (s.lines()[i] ?? '').trimEnd();

describe('Tab completion at the controlplane prompt', () => {
  it('completes a single command name and adds a space', async () => {
    const s = new Screen();
    await s.type('kubec\t');
    expect(row(s, 0)).toBe('controlplane:~$ kubectl');
    expect(s.cursor().x).toBe('controlplane:~$ kubectl '.length);
  });

  it('lists the candidates on the second Tab and keeps the line', async () => {
    const s = new Screen();
    s.machine.fs.writeFile('/root/pod.yaml', 'kind: Pod\n');
    s.machine.fs.writeFile('/root/pod-2.yaml', 'kind: Pod\n');
    await s.type('cat po\t');
    expect(row(s, 0)).toBe('controlplane:~$ cat pod');
    await s.type('\t');
    expect(s.lines().map((l) => l.trimEnd())).toEqual(['controlplane:~$ cat pod', 'pod-2.yaml  pod.yaml', 'controlplane:~$ cat pod']);
  });

  it('completes folders with a trailing slash and files inside them', async () => {
    const s = new Screen();
    s.machine.fs.mkdir('/root/manifests');
    s.machine.fs.writeFile('/root/manifests/web.yaml', '');
    await s.type('kubectl apply -f man\t');
    expect(row(s, 0)).toBe('controlplane:~$ kubectl apply -f manifests/');
    await s.type('\t');
    expect(row(s, 0)).toBe('controlplane:~$ kubectl apply -f manifests/web.yaml');
  });

  it('completes kubectl verbs and resource types through the k alias', async () => {
    const s = new Screen();
    await s.type('k descr\tno\t');
    expect(row(s, 0)).toBe('controlplane:~$ k describe nodes');
  });

  it('completes aliases the learner defined, and what they expand to', async () => {
    const s = new Screen();
    await s.type("alias kgp='kubectl get pods'\r");
    await s.type('kg\t');
    expect(row(s, 1)).toBe('controlplane:~$ kgp');
    await s.type('-o wi\t');
    expect(row(s, 1)).toBe('controlplane:~$ kgp -o wide');
  });

  it('completes object names from the cluster', async () => {
    const s = new Screen();
    await s.type('kubectl get nodes node\t');
    expect(row(s, 0)).toBe('controlplane:~$ kubectl get nodes node01');
    await s.type('\x15kubectl get ns kube-s\t');
    expect(row(s, 0)).toBe('controlplane:~$ kubectl get ns kube-system');
  });
});
