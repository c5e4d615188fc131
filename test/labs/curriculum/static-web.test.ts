// The static-web lab (lesson 3) on a real Machine: another correct path passes, and the
// mistakes this lab is about (a Pod made through the API, deleting only the mirror) fail with
// a message that says what is wanted.
import { describe, expect, it } from 'vitest';
import { curriculumLab } from './grade.ts';
import { playPath, verdictAfter } from './play.ts';

const failures = (r: { failures: string[]; log: string[] }) => `${r.failures.join('\n')}\n${r.log.join('\n')}`;

const manifest = `apiVersion: v1
kind: Pod
metadata:
  name: static-web
  labels:
    app: static-web
spec:
  containers:
  - name: nginx
    image: nginx:alpine
`;

/** Lines that write the manifest to `path` on node01 from controlplane, without logging in. */
const writeOnNode01 = (path: string) => `ssh node01 "cat > ${path}" <<'EOF'\n${manifest}EOF`;

describe('static-web', () => {
  const lab = curriculumLab('static-web');

  it('passes with a .yml file copied in from node01\'s home, delete pod/…, and the file moved away', async () => {
    const r = await playPath(lab, [
      { task: 'create', run: `ssh node01\ncat <<'EOF' > static-web.yml\n${manifest}EOF\ncp static-web.yml /etc/kubernetes/manifests/\nexit`, advance: 20_000 },
      { task: 'try-delete', run: 'kubectl get pods -o wide\nkubectl delete pod/static-web-node01' },
      { task: 'remove', run: 'ssh node01 mv /etc/kubernetes/manifests/static-web.yml /root/', advance: 10_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('does not count a Pod created through the API under the mirror\'s name', async () => {
    expect(await verdictAfter(lab, 'kubectl run static-web-node01 --image=nginx:alpine', 'create'))
      .toContain('there is no file /etc/kubernetes/manifests/static-web.yaml or /etc/kubernetes/manifests/static-web.yml on node01');
  });

  it('does not count deleting the mirror Pod again as removing the static Pod', async () => {
    const script = `${writeOnNode01('/etc/kubernetes/manifests/static-web.yaml')}\nsleep 20\nkubectl delete pod static-web-node01\nkubectl delete pod static-web-node01`;
    expect(await verdictAfter(lab, script, 'remove'))
      .toBe('/etc/kubernetes/manifests/static-web.yaml on node01 still exists; the task needs the manifest gone from node01\'s /etc/kubernetes/manifests (delete it or move it elsewhere)');
  });
});
