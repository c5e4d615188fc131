// The labs of lessons 1 and 2 on a real Machine: other correct paths pass, plausible mistakes
// fail with a message that says what is wanted.
import { describe, expect, it } from 'vitest';
import { curriculumLab } from './grade.ts';
import { playPath, verdictAfter } from './play.ts';

const failures = (r: { failures: string[]; log: string[] }) => `${r.failures.join('\n')}\n${r.log.join('\n')}`;

describe('first-pod', () => {
  const lab = curriculumLab('first-pod');

  it('passes with a tagged image, exec -it, create --save-config and a file named pod.yaml', async () => {
    const r = await playPath(lab, [
      { task: 'run-nginx', run: 'kubectl run web --image=nginx:1.27', advance: 20_000 },
      { task: 'where-is-it', run: 'kubectl describe pods web\nanswer it runs on node01' },
      { task: 'logs', run: 'kubectl logs web | head -20\nanswer nginx/1.27.3' },
      { task: 'exec', run: 'kubectl exec -it web -- ls /' },
      { task: 'delete', run: 'kubectl delete pod/web' },
      { task: 'generate-yaml', run: 'kubectl run web --image=nginx:alpine --dry-run=client -o yaml > pod.yaml' },
      { task: 'apply', run: 'kubectl create -f pod.yaml --save-config', advance: 20_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('wants the Pod applied, not merely created', async () => {
    const verdict = await verdictAfter(lab, 'kubectl run web --image=nginx:alpine --dry-run=client -o yaml > web.yaml\nkubectl create -f web.yaml', 'apply');
    expect(verdict).toContain('the task needs the Pod created with `kubectl apply -f web.yaml`');
  });

  it('names the node it wants reported', async () => {
    expect(await verdictAfter(lab, 'kubectl run web --image=nginx\nkubectl describe pod web\nanswer controlplane', 'where-is-it'))
      .toContain('the task wants the node the Pod runs on');
  });
});

describe('crashloop', () => {
  const lab = curriculumLab('crashloop');
  const fixed = (value: string) => lab.solution.steps[1].files[0].content.replace('value: "hello"', `value: "${value}"`);

  it('passes with logs -p, a sentence as the answer and replace --force', async () => {
    const r = await playPath(lab, [
      { task: 'diagnose', run: 'kubectl logs -p api\nanswer GREETING is not set' },
      { task: 'fix', files: [{ path: 'api.yaml', content: fixed('hi there') }], run: 'kubectl replace --force -f api.yaml', advance: 40_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('wants the previous container\'s logs, not the current one\'s', async () => {
    expect(await verdictAfter(lab, 'kubectl logs api\nanswer GREETING', 'diagnose'))
      .toBe('no command you ran matches yet; the task needs the logs of the previous container, `kubectl logs api --previous`');
  });

  it('does not count a Pod that is still crashing', async () => {
    expect(await verdictAfter(lab, 'kubectl delete pod api\nkubectl apply -f api.yaml', 'fix'))
      .toContain('the task needs an environment variable GREETING with a value on the container app');
  });
});

describe('bad-image', () => {
  const lab = curriculumLab('bad-image');

  it('passes when the Pod is deleted and run again from a good tag', async () => {
    const r = await playPath(lab, [
      { task: 'diagnose', run: 'kubectl describe pod shop\nanswer docker.io/library/nginx:1.27.99' },
      { task: 'fix', run: 'kubectl delete pod shop\nkubectl run shop --image=nginx:1.27.3', advance: 30_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('wants the image, not the status', async () => {
    expect(await verdictAfter(lab, 'kubectl get pod shop\nanswer ImagePullBackOff', 'diagnose'))
      .toContain('the task wants the image that cannot be pulled');
  });

  it('does not accept another tag that does not exist', async () => {
    expect(await verdictAfter(lab, 'kubectl set image pod/shop web=nginx:1.99', 'fix'))
      .toMatch(/^pod shop is 0\/1 (ErrImagePull|ImagePullBackOff)/);
  });
});

describe('run-to-completion', () => {
  const lab = curriculumLab('run-to-completion');
  const countdown = `apiVersion: v1
kind: Pod
metadata:
  name: countdown
spec:
  restartPolicy: OnFailure
  containers:
  - name: countdown
    image: busybox:1.36
    command: ["sh", "-c"]
    args: ["for n in 3 2 1; do echo $n; sleep 1; done; echo liftoff"]
`;

  it('passes with manifests, OnFailure and a differently written script', async () => {
    const r = await playPath(lab, [
      { task: 'countdown', files: [{ path: 'countdown.yaml', content: countdown }], run: 'kubectl apply -f countdown.yaml', advance: 30_000 },
      { task: 'exit-code', run: "kubectl run exit-three --image=busybox --restart=Never --command -- sh -c 'exit 3'\nsleep 15\nanswer exit code 3" },
      { task: 'clean-up', run: 'kubectl delete pod --all' },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('explains why the default restart policy does not fit', async () => {
    expect(await verdictAfter(lab, "kubectl run countdown --image=busybox -- sh -c 'echo 3 2 1 liftoff'", 'countdown'))
      .toContain('the task needs restartPolicy Never or OnFailure; with Always (the default) the kubelet restarts a container even after it succeeds');
  });

  it('wants the exit code the container really had', async () => {
    expect(await verdictAfter(lab, "kubectl run exit-three --image=busybox --restart=Never -- sh -c 'exit 3'\nanswer 1", 'exit-code'))
      .toContain('the task wants the exit code');
  });
});
