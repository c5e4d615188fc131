// fix-five (lesson 8) on a real Machine: every fix that leaves the Pod doing its job passes —
// kubectl edit's saved copy with replace --force, a fresh manifest, dropping the reference to
// the missing ConfigMap, an emptyDir for the worker — and fixes that give up the Pod's purpose fail.
import { describe, expect, it } from 'vitest';
import { curriculumLab } from './grade.ts';
import { playPath, verdictAfter } from './play.ts';

const failures = (r: { failures: string[]; log: string[] }) => `${r.failures.join('\n')}\n${r.log.join('\n')}`;

const cacheWithoutRequests = `apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
  - name: redis
    image: redis:7.4-alpine
`;

const apiWithoutConfigMap = `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
  - name: httpd
    image: httpd:2.4-alpine
    env:
    - name: LOG_LEVEL
      value: info
`;

const workerWithEmptyDir = `apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  volumes:
  - name: work
    emptyDir: {}
  containers:
  - name: worker
    image: busybox:1.37
    command: ["sh", "-c", "cd /work && while true; do date > heartbeat; echo tick; sleep 5; done"]
    volumeMounts:
    - name: work
      mountPath: /work
`;

describe('fix-five', () => {
  const lab = curriculumLab('fix-five');

  it('passes with delete + create from fresh files, env instead of the ConfigMap, an emptyDir, and kubectl edit\'s saved copy', async () => {
    const r = await playPath(lab, [
      { task: 'cache', files: [{ path: 'redis.yaml', content: cacheWithoutRequests }], run: 'kubectl delete pod cache\nkubectl create -f redis.yaml', advance: 20_000 },
      { task: 'web', run: 'kubectl get pod web -o yaml > web.yaml\nsed -i s/alpne/alpine/ web.yaml\nkubectl replace --force -f web.yaml', advance: 20_000 },
      { task: 'api', files: [{ path: 'api.yaml', content: apiWithoutConfigMap }], run: 'kubectl delete pod api\nkubectl apply -f api.yaml', advance: 20_000 },
      { task: 'worker', files: [{ path: 'worker.yaml', content: workerWithEmptyDir }], run: 'kubectl delete pod worker --now\nkubectl apply -f worker.yaml', advance: 40_000 },
      {
        task: 'resizer',
        run: "KUBE_EDITOR='sed -i s/64Mi/200Mi/' kubectl edit pod resizer 2> edit.log\nkubectl replace --force -f $(grep -o '/tmp/kubectl-edit-[0-9]*.yaml' edit.log)",
        advance: 40_000,
      },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('does not count a resizer that stays alive by allocating less', async () => {
    const script = "kubectl get pod resizer -o yaml > r.yaml\nsed -i 's/100M/10M/' r.yaml\nkubectl replace --force -f r.yaml";
    expect(await verdictAfter(lab, script, 'resizer', 40_000)).toContain('the task needs resizer to keep allocating 100M');
  });

  it('does not count a worker whose heartbeat loop was replaced by a bare sleep', async () => {
    const script = 'kubectl delete pod worker --now\nkubectl run worker --image=busybox:1.37 -- sleep 3600';
    expect(await verdictAfter(lab, script, 'worker', 40_000)).toContain('the task needs worker to keep writing its heartbeat file');
  });

  it('does not count a resizer that has only just been re-created', async () => {
    const script = "kubectl get pod resizer -o yaml > r.yaml\nsed -i 's/memory: 64Mi/memory: 128Mi/' r.yaml\nkubectl replace --force -f r.yaml";
    expect(await verdictAfter(lab, script, 'resizer', 5_000)).toBe('pod resizer has been running 5s; the task needs it to keep running for 30s');
  });

  it('does not count an image that cannot be pulled either', async () => {
    expect(await verdictAfter(lab, 'kubectl set image pod/web nginx=nginx:1.27.3-alpine3', 'web'))
      .toBe('pod web is 0/1 ImagePullBackOff; the task needs it 1/1 Running');
  });
});
