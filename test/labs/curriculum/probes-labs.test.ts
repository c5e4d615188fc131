// The labs of lesson 5 on a real Machine: other correct paths pass, plausible mistakes fail with
// a message that says what is wanted.
import { describe, expect, it } from 'vitest';
import { curriculumLab } from './grade.ts';
import { playPath, verdictAfter } from './play.ts';

const failures = (r: { failures: string[]; log: string[] }) => `${r.failures.join('\n')}\n${r.log.join('\n')}`;

describe('liveness-exec', () => {
  const lab = curriculumLab('liveness-exec');
  // The Kubernetes docs' own manifest: registry.k8s.io/busybox, the script as args, a label.
  const docs = `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/busybox
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`;

  it('passes with the docs\' manifest, created from another file, and a sentence as the answer', async () => {
    const r = await playPath(lab, [
      { task: 'create-pod', files: [{ path: 'exec-liveness.yaml', content: docs }], run: 'kubectl create -f exec-liveness.yaml' },
      { task: 'watch-restart', advance: 90_000, run: 'kubectl get pod liveness-exec' },
      { task: 'report', run: 'answer Error, exit code 137' },
      { task: 'clean-up', run: 'kubectl delete -f exec-liveness.yaml' },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('does not count the restart before the kubelet has replaced the container', async () => {
    const verdict = await verdictAfter(lab, `cat <<'EOF' > p.yaml\n${docs}EOF\nkubectl apply -f p.yaml`, 'watch-restart', 50_000);
    expect(verdict).toBe('container liveness of pod liveness-exec has restarted 0 times; the task needs the container restarted at least once; the kubelet waits up to 30 seconds for the old one to stop');
  });

  it('wants the probe to run every 5 seconds, as the task says', async () => {
    const verdict = await verdictAfter(lab, `cat <<'EOF' > p.yaml\n${docs.replace('      periodSeconds: 5\n', '')}EOF\nkubectl apply -f p.yaml`, 'create-pod', 5_000);
    expect(verdict).toContain('the task needs the liveness probe to run every 5 seconds');
  });
});

describe('readiness', () => {
  const lab = curriculumLab('readiness');
  const fixed = (probe: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:alpine
    ports:
    - containerPort: 80
      name: http
    readinessProbe:
${probe}
`;

  it('passes with a tcpSocket probe on the named port and replace --force', async () => {
    const r = await playPath(lab, [
      { task: 'diagnose', run: 'answer 8080 vs 80' },
      { task: 'fix', files: [{ path: 'web.yaml', content: fixed('      tcpSocket:\n        port: 80') }], run: 'kubectl replace --force -f web.yaml', advance: 15_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('wants both ports, not only the wrong one', async () => {
    expect(await verdictAfter(lab, 'answer 8080', 'diagnose')).toContain('the task wants two ports');
  });

  it('does not accept a Pod made Ready by deleting its readiness probe', async () => {
    const noProbe = fixed('').replace('    readinessProbe:\n', '');
    const verdict = await verdictAfter(lab, `cat <<'EOF' > web.yaml\n${noProbe}EOF\nkubectl delete pod web\nkubectl apply -f web.yaml`, 'fix', 40_000);
    expect(verdict).toContain('the task needs the readiness probe kept on the container nginx');
  });
});

describe('slow-start', () => {
  const lab = curriculumLab('slow-start');
  const setupFile = lab.setup.files[0].content!;
  const withProbe = (find: string, replace: string) => setupFile.replace(find, replace);
  const recreate = (yaml: string) => `cat <<'EOF' > catalog.yaml\n${yaml}EOF\nkubectl delete pod catalog\nkubectl apply -f catalog.yaml`;

  it('passes with a long initialDelaySeconds on the liveness probe instead of a startup probe', async () => {
    const delayed = withProbe('        port: 80\n', '        port: 80\n      initialDelaySeconds: 90\n');
    const r = await playPath(lab, [
      { task: 'diagnose', run: 'kubectl logs catalog\nanswer the liveness probe kills it, it needs 75s' },
      { task: 'fix', files: [{ path: 'catalog.yaml', content: delayed }], run: 'kubectl delete pod catalog\nkubectl create -f catalog.yaml', advance: 220_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('does not accept a startup probe that gives up after 30 seconds', async () => {
    const short = withProbe('    livenessProbe:\n', '    startupProbe:\n      httpGet:\n        path: /\n        port: 80\n    livenessProbe:\n');
    const verdict = await verdictAfter(lab, recreate(short), 'fix', 200_000);
    // The startup probe gives up at 30 s and the kubelet kills the container: it never gets to
    // two minutes up, and the Pod has restarted.
    expect(verdict).not.toBe('pass');
    expect(verdict).toMatch(/^pod catalog (is 0\/1 Running|has been running \d+s)|without a single restart/);
  });

  it('does not accept removing the liveness probe', async () => {
    const none = setupFile.slice(0, setupFile.indexOf('    livenessProbe:'));
    const verdict = await verdictAfter(lab, recreate(none), 'fix', 40_000);
    expect(verdict).toContain('the task needs the liveness probe kept');
  });
});
