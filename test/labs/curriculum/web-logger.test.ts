import { describe, expect, it } from 'vitest';
import { FakeWorld, pod, readyConditions, running } from '../../support/labs/fake-world.ts';
import { curriculumLab, grade } from './grade.ts';

const lab = curriculumLab('web-logger');

const manifest = (o: { writer?: string; loop?: string; mount?: string; image?: string } = {}) => `apiVersion: v1
kind: Pod
metadata:
  name: web-logger
spec:
  volumes:
  - name: html-dir
    emptyDir: {}
  containers:
  - name: nginx-server
    image: nginx:alpine
    volumeMounts:
    - name: html-dir
      mountPath: /usr/share/nginx/html
${o.writer ?? `  - name: content-writer
    image: ${o.image ?? 'busybox'}
${o.loop ?? '    command: ["sh", "-c", "while true; do date > /data/index.html; sleep 5; done"]'}
    volumeMounts:
    - name: html-dir
      mountPath: ${o.mount ?? '/data'}
`}`;

const livePod = (containers = [{ name: 'nginx-server', image: 'nginx:alpine' }, { name: 'content-writer', image: 'busybox' }]) =>
  pod('web-logger', { containers, volumes: [{ name: 'html-dir', emptyDir: {} }], phase: 'Running', conditions: readyConditions, statuses: containers.map((c) => running(c.name)) });

describe('web-logger: writing the manifest', () => {
  it.each([
    ['the reference file', 'multi-pod.yaml', manifest()],
    ['another allowed name', 'multi-pod.yml', manifest()],
    ['the loop in args with a different shape', 'multi-pod.yaml', manifest({ loop: '    command: ["/bin/sh", "-c"]\n    args:\n    - |\n      while :; do\n        date >> /data/index.html\n        sleep 5s\n      done' })],
    ['a tagged busybox', 'multi-pod.yaml', manifest({ image: 'busybox:1.36' })],
    ['a for loop', 'multi-pod.yaml', manifest({ loop: '    command: ["sh", "-c", "for i in $(seq 1 100000); do date > /data/index.html; sleep 5; done"]' })],
  ])('passes with %s', async (_n, file, text) => {
    expect(await grade(lab, 'write-manifest', new FakeWorld().writeFile(file, text))).toBe('pass');
  });

  it.each([
    ['no file', undefined, undefined, 'there is no file multi-pod.yaml or multi-pod.yml; the task needs the Pod written in multi-pod.yaml in your home folder'],
    ['only nginx', 'multi-pod.yaml', manifest({ writer: '' }), 'multi-pod.yaml has 1 container (nginx-server); the task needs a second container content-writer with image busybox'],
    ['the writer mounting elsewhere', 'multi-pod.yaml', manifest({ mount: '/usr/share/nginx/html' }), 'multi-pod.yaml: spec.containers[name=content-writer].volumeMounts is [{"name":"html-dir","mountPath":"/usr/share/nginx/html"}]; the task needs html-dir mounted in content-writer at /data'],
    ['a loop without sleep 5', 'multi-pod.yaml', manifest({ loop: '    command: ["sh", "-c", "while true; do date > /data/index.html; sleep 60; done"]' }),
      'multi-pod.yaml: spec.containers[name=content-writer].command + spec.containers[name=content-writer].args is "sh -c while true; do date > /data/index.html; sleep 60; done"; the task needs content-writer to run a loop that writes `date` to /data/index.html and sleeps 5 seconds'],
    ['a different file name the task does not allow', 'pod.yaml', manifest(), 'there is no file multi-pod.yaml or multi-pod.yml'],
  ])('fails with %s', async (_n, file, text, message) => {
    const world = new FakeWorld();
    if (file && text !== undefined) world.writeFile(file, text);
    expect(await grade(lab, 'write-manifest', world)).toContain(message);
  });
});

describe('web-logger: the Pod in the cluster', () => {
  it('passes whether it came from apply or create: only the object counts', async () => {
    expect(await grade(lab, 'create-pod', new FakeWorld().setObjects([livePod()]))).toBe('pass');
  });

  it('fails on a Pod without the writer', async () => {
    expect(await grade(lab, 'create-pod', new FakeWorld().setObjects([livePod([{ name: 'nginx-server', image: 'nginx:alpine' }])])))
      .toBe('pod web-logger has 1 container (nginx-server); the task needs a second container content-writer');
  });

  it('wants 2/2 Running', async () => {
    expect(await grade(lab, 'running', new FakeWorld().setObjects([livePod()]))).toBe('pass');
    const half = livePod();
    half.status!.containerStatuses![1] = { ...half.status!.containerStatuses![1], ready: false, state: { waiting: { reason: 'ContainerCreating' } } } as never;
    half.status!.conditions = [];
    expect(await grade(lab, 'running', new FakeWorld().setObjects([half]))).toBe('pod web-logger is 1/2 ContainerCreating; the task needs it 2/2 Running');
  });

  it('wants the page through the port-forward to change over time', async () => {
    const world = new FakeWorld().setObjects([livePod()]);
    world.httpHandler = (from) => (from.kind === 'port-forward' && from.port === 8080
      ? { ok: true, status: 200, body: `${new Date(Math.floor(world.now() / 5000) * 5000).toUTCString()}\n` }
      : { ok: false, error: 'Failed to connect' });
    expect(await grade(lab, 'port-forward', world)).toContain('asking again in 6s');
  });

  it('wants an exec into the pod and localhost answering from nginx-server', async () => {
    const world = new FakeWorld().setObjects([livePod()]);
    world.httpHandler = (from) => (from.kind === 'container' && from.container === 'nginx-server' ? { ok: true, status: 200, body: 'Mon Jan  5 09:00:05 UTC 2026\n' } : { ok: false, error: 'no' });
    expect(await grade(lab, 'shared-network', world)).toContain('the task needs you to `kubectl exec` into web-logger');
    world.run('kubectl exec -it web-logger -c nginx-server -- sh');
    expect(await grade(lab, 'shared-network', world)).toBe('pass');
  });

  it('wants the Pod gone at the end', async () => {
    expect(await grade(lab, 'clean-up', new FakeWorld().setObjects([livePod()]))).toBe('pod web-logger still exists (Running); the task needs pod web-logger deleted');
    expect(await grade(lab, 'clean-up', new FakeWorld())).toBe('pass');
  });
});
