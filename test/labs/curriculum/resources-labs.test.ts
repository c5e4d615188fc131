// The labs of lesson 6 on a real Machine: other correct paths pass, plausible mistakes fail with
// a message that says what is wanted.
import { describe, expect, it } from 'vitest';
import { curriculumLab } from './grade.ts';
import { playPath, verdictAfter } from './play.ts';

const failures = (r: { failures: string[]; log: string[] }) => `${r.failures.join('\n')}\n${r.log.join('\n')}`;

const pod = (name: string, resources: string, image = 'nginx:alpine') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: app
    image: ${image}
    resources: ${resources}
`;

describe('qos-classes', () => {
  const lab = curriculumLab('qos-classes');

  it('passes with explicit equal requests, a CPU limit alone and kubectl create', async () => {
    const r = await playPath(lab, [
      {
        task: 'guaranteed',
        files: [{ path: 'g.yaml', content: pod('qos-guaranteed', '{requests: {cpu: 100m, memory: 32Mi}, limits: {cpu: 100m, memory: 32Mi}}') }],
        run: 'kubectl create -f g.yaml',
        advance: 20_000,
      },
      { task: 'burstable', files: [{ path: 'b.yaml', content: pod('qos-burstable', '{limits: {cpu: 300m}}') }], run: 'kubectl create -f b.yaml', advance: 20_000 },
      { task: 'besteffort', files: [{ path: 'e.yaml', content: pod('qos-besteffort', '{}') }], run: 'kubectl apply -f e.yaml', advance: 20_000 },
      { task: 'mystery', run: 'kubectl describe pod mystery | grep QoS\nanswer it is Guaranteed' },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('does not count a Pod whose requests are below its limits as Guaranteed', async () => {
    const script = `cat > g.yaml <<'EOF'\n${pod('qos-guaranteed', '{requests: {cpu: 100m, memory: 32Mi}, limits: {cpu: 200m, memory: 32Mi}}')}EOF\nkubectl apply -f g.yaml`;
    expect(await verdictAfter(lab, script, 'guaranteed')).toContain('the task needs qos-guaranteed to be Guaranteed');
  });

  it('takes the first guess about the two-container Pod as not yet right', async () => {
    expect(await verdictAfter(lab, 'answer Burstable', 'mystery')).toContain("mystery's class is in its status.qosClass");
  });
});

describe('too-big', () => {
  const lab = curriculumLab('too-big');

  it('passes with replace --force and a request below the limit', async () => {
    const fixed = pod('report', '{requests: {cpu: 100m, memory: 200Mi}, limits: {memory: 300Mi}}');
    const r = await playPath(lab, [
      { task: 'diagnose', run: 'kubectl get events\nanswer node01 has insufficient memory' },
      { task: 'fix', files: [{ path: 'report.yaml', content: fixed }], run: 'kubectl replace --force -f report.yaml', advance: 30_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('does not accept dropping the memory request', async () => {
    const script = `kubectl delete pod report\ncat > report.yaml <<'EOF'\n${pod('report', '{}')}EOF\nkubectl apply -f report.yaml`;
    expect(await verdictAfter(lab, script, 'fix')).toContain('the task needs the container app to keep a memory request');
  });

  it('names the taint as the wrong reason', async () => {
    expect(await verdictAfter(lab, 'answer untolerated taint', 'diagnose')).toContain('the task wants the scheduler\'s reason for node01');
  });
});
