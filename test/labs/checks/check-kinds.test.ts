import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/labs/checks/run-check.ts';
import { checkSchema } from '../../../src/labs/checks/check-schema.ts';
import { FakeWorld, iso, pod, readyConditions, running, START } from '../../support/labs/fake-world.ts';

async function check(world: FakeWorld, raw: Record<string, unknown>, memo?: unknown) {
  return runCheck(checkSchema.parse(raw), { world, namespace: 'default', memo });
}

const oomStatus = (restarts: number, waiting = 'CrashLoopBackOff') => ({
  name: 'stress-test', ready: false, started: false, restartCount: restarts, image: 'polinux/stress', imageID: '',
  state: { waiting: { reason: waiting, message: 'back-off 20s restarting failed container' } },
  lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, startedAt: iso(START), finishedAt: iso(START + 1000) } },
});

describe('object checks', () => {
  it('say which container is missing, in the words of the task', async () => {
    const world = new FakeWorld().setObjects([pod('web-logger', { containers: [{ name: 'nginx-server', image: 'nginx:alpine' }] })]);
    const r = await check(world, { kind: 'object', name: 'web-logger', fields: [{ path: 'spec.containers[name=content-writer].image', equals: 'busybox', want: 'the task needs a second container content-writer' }] });
    expect(r).toMatchObject({ passed: false, message: 'pod web-logger has 1 container (nginx-server); the task needs a second container content-writer' });
  });

  it.each([
    ['a missing object', [], { kind: 'object', name: 'web' }, false, 'pod web does not exist; the task needs pod web'],
    ['an absent object that is gone', [], { kind: 'object', name: 'web', absent: true }, true, 'pod web is gone'],
    ['an absent object still there', [pod('web', { phase: 'Running', statuses: [running('app')], conditions: readyConditions })], { kind: 'object', name: 'web', absent: true }, false, 'pod web still exists (Running); the task needs pod web deleted'],
    ['a Kind spelling of the resource', [pod('web')], { kind: 'object', resource: 'Pod', name: 'web' }, true, 'pod web exists'],
  ])('%s', async (_n, objects, raw, passed, message) => {
    const r = await check(new FakeWorld().setObjects(objects as never), raw);
    expect(r.passed).toBe(passed);
    expect(r.message).toBe(message);
  });
});

describe('pod checks use the STATUS column kubectl prints', () => {
  const twoRunning = pod('web-logger', { phase: 'Running', conditions: readyConditions, statuses: [running('content-writer'), running('nginx-server')],
    containers: [{ name: 'nginx-server', image: 'nginx:alpine' }, { name: 'content-writer', image: 'busybox' }] });
  const creating = pod('web-logger', { phase: 'Pending', statuses: [
    { name: 'content-writer', ready: false, restartCount: 0, image: '', imageID: '', state: { waiting: { reason: 'ContainerCreating' } } },
    running('nginx-server', START, { ready: false }),
  ], containers: [{ name: 'nginx-server', image: 'nginx:alpine' }, { name: 'content-writer', image: 'busybox' }] });

  it.each([
    ['2/2 Running passes', twoRunning, { ready: '2/2', status: 'Running' }, true, 'pod web-logger is 2/2 Running'],
    ['ContainerCreating fails with what it saw', creating, { ready: '2/2', status: 'Running' }, false, 'pod web-logger is 0/2 ContainerCreating; the task needs it 2/2 Running'],
    ['phase mismatch names the phase', creating, { phase: 'Running' }, false, 'pod web-logger is 0/2 ContainerCreating (phase Pending); the task needs it in phase Running'],
    ['Ready condition', twoRunning, { ready: true }, true, 'pod web-logger is 2/2 Running'],
    ['CrashLoopBackOff', pod('web-logger', { phase: 'Running', statuses: [oomStatus(2)] }), { status: 'CrashLoopBackOff', seen: true }, true, 'pod web-logger is 0/1 CrashLoopBackOff'],
  ])('%s', async (_n, p, extra, passed, message) => {
    const r = await check(new FakeWorld().setObjects([p]), { kind: 'pod', name: 'web-logger', ...extra });
    expect(r.passed).toBe(passed);
    expect(r.message).toBe(message);
  });

  it('marks a seen state sticky', async () => {
    const r = await check(new FakeWorld().setObjects([pod('p', { phase: 'Running', statuses: [oomStatus(2)] })]), { kind: 'pod', name: 'p', status: 'CrashLoopBackOff', seen: true });
    expect(r.sticky).toBe(true);
  });

  it('asks to be run again when a pod has not been running long enough', async () => {
    const world = new FakeWorld().setObjects([pod('p', { phase: 'Running', conditions: readyConditions, statuses: [running('app', START)] })]);
    await world.advance(12_000);
    const r = await check(world, { kind: 'pod', name: 'p', status: 'Running', runningFor: '30s' });
    expect(r).toMatchObject({ passed: false, message: 'pod p has been running 12s; the task needs it to keep running for 30s', recheckAt: START + 30_000 });
    await world.advance(20_000);
    expect((await check(world, { kind: 'pod', name: 'p', status: 'Running', runningFor: '30s' })).passed).toBe(true);
  });
});

describe('container history checks', () => {
  it.each([
    ['OOMKilled with 137 from lastState', [oomStatus(1, 'CrashLoopBackOff')], { terminated: { reason: 'OOMKilled', exitCode: 137 } }, true, 'container stress-test of pod memory-hog was OOMKilled with exit code 137'],
    ['an Error exit is not OOMKilled', [{ ...oomStatus(1), lastState: { terminated: { reason: 'Error', exitCode: 1 } } }], { terminated: { reason: 'OOMKilled', exitCode: 137 } }, false,
      'container stress-test of pod memory-hog was last Error with exit code 1; the task needs it terminated as OOMKilled with exit code 137'],
    ['restart count climbing', [oomStatus(3)], { restartsAtLeast: 2 }, true, 'container stress-test of pod memory-hog restarted 3 times'],
    ['not restarted enough', [oomStatus(1)], { restartsAtLeast: 2 }, false, 'container stress-test of pod memory-hog has restarted 1 time; the task needs at least 2 restarts'],
    ['never terminated', [running('stress-test')], { terminated: { reason: 'OOMKilled' } }, false, 'container stress-test of pod memory-hog has not been terminated; the task needs it terminated as OOMKilled'],
  ])('%s', async (_n, statuses, extra, passed, message) => {
    const world = new FakeWorld().setObjects([pod('memory-hog', { phase: 'Running', statuses, containers: [{ name: 'stress-test', image: 'polinux/stress' }] })]);
    const r = await check(world, { kind: 'container', pod: 'memory-hog', container: 'stress-test', ...extra });
    expect(r.message).toBe(message);
    expect(r.passed).toBe(passed);
    if (passed) expect(r.sticky).toBe(true);
  });

  it('finds a failed probe in the events', async () => {
    const event = { apiVersion: 'v1', kind: 'Event', metadata: { name: 'liveness.1', namespace: 'default' }, reason: 'Unhealthy', type: 'Warning',
      message: 'Liveness probe failed: cat: can\'t open \'/tmp/healthy\': No such file or directory',
      involvedObject: { kind: 'Pod', name: 'liveness-exec', namespace: 'default', fieldPath: 'spec.containers{liveness}' } };
    const world = new FakeWorld().setObjects([pod('liveness-exec', { phase: 'Running', statuses: [running('liveness')] }), event as never]);
    expect((await check(world, { kind: 'container', pod: 'liveness-exec', container: 'liveness', probeFailed: 'Liveness' })).passed).toBe(true);
    const r = await check(world, { kind: 'container', pod: 'liveness-exec', container: 'liveness', probeFailed: 'Readiness' });
    expect(r.message).toBe('no event says "Readiness probe failed" for container liveness of pod liveness-exec; the task needs its readiness probe to fail');
  });
});

describe('event checks', () => {
  const backoff = { apiVersion: 'v1', kind: 'Event', metadata: { name: 'memory-hog.2', namespace: 'default' }, reason: 'BackOff', type: 'Warning',
    message: 'Back-off restarting failed container stress-test in pod memory-hog_default(uid)', involvedObject: { kind: 'Pod', name: 'memory-hog' } };
  it.each([
    [{ reason: 'BackOff', involved: { name: 'memory-hog' } }, true, 'saw Warning BackOff: Back-off restarting failed container stress-test in pod memory-hog_default(uid)'],
    [{ reason: 'Pulled', involved: { kind: 'Pod', name: 'memory-hog' } }, false, 'the events for memory-hog have reasons BackOff; the task needs a Pulled event about pod memory-hog'],
    [{ message: 'stress-test', type: 'Warning' }, true, ''],
    [{ reason: 'BackOff', involved: { name: 'other' } }, false, 'no events for other yet; the task needs a BackOff event about object other'],
  ])('%j', async (extra, passed, message) => {
    const r = await check(new FakeWorld().setObjects([backoff as never]), { kind: 'event', ...extra });
    expect(r.passed).toBe(passed);
    if (message) expect(r.message).toBe(message);
  });
});

describe('file checks', () => {
  const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: memory-hog\nspec:\n  containers:\n  - name: stress-test\n    image: polinux/stress\n    resources:\n      limits:\n        memory: 50Mi\n';
  it.each([
    ['a manifest under an allowed other name', { 'oom-pod.yml': manifest }, { path: ['oom-pod.yaml', 'oom-pod.yml'], manifest: { kind: 'Pod', name: 'memory-hog' } }, true, 'oom-pod.yml holds the Pod named memory-hog'],
    ['a missing file', {}, { path: 'oom-pod.yaml' }, false, 'there is no file oom-pod.yaml; the task needs oom-pod.yaml'],
    ['broken YAML', { 'oom-pod.yaml': 'kind: Pod\n  name: x\n bad' }, { path: 'oom-pod.yaml', manifest: { kind: 'Pod' } }, false, 'oom-pod.yaml is not valid YAML'],
    ['the wrong object', { 'oom-pod.yaml': manifest.replace('memory-hog', 'memhog') }, { path: 'oom-pod.yaml', manifest: { kind: 'Pod', name: 'memory-hog' } }, false, 'oom-pod.yaml holds Pod memhog; the task needs a Pod named memory-hog in it'],
    ['a field', { 'oom-pod.yaml': manifest }, { path: 'oom-pod.yaml', manifest: { fields: [{ path: 'spec.containers[0].resources.limits.memory', equals: '50Mi' }] } }, true, ''],
    ['contains', { 'oom-pod.yaml': manifest }, { path: 'oom-pod.yaml', contains: 'limits:' }, true, 'oom-pod.yaml exists'],
  ])('%s', async (_n, files, extra, passed, message) => {
    const world = new FakeWorld();
    for (const [p, t] of Object.entries(files)) world.writeFile(p, t);
    const r = await check(world, { kind: 'file', ...extra });
    expect(r.passed).toBe(passed);
    expect(r.message).toContain(message);
  });

  it('reads a node\'s filesystem when told to', async () => {
    const world = new FakeWorld().writeFile('/etc/kubernetes/manifests/static-web.yaml', 'kind: Pod\nmetadata:\n  name: static-web\n', 'node01');
    expect((await check(world, { kind: 'file', node: 'node01', path: '/etc/kubernetes/manifests/static-web.yaml', manifest: { name: 'static-web' } })).passed).toBe(true);
    expect((await check(world, { kind: 'file', path: '/etc/kubernetes/manifests/static-web.yaml' })).message).toContain('there is no file');
  });

  it('with absent, pass only when none of the allowed names exists on the node', async () => {
    const world = new FakeWorld().writeFile('/etc/kubernetes/manifests/static-web.yml', 'kind: Pod\n', 'node01');
    const raw = { kind: 'file', node: 'node01', path: ['/etc/kubernetes/manifests/static-web.yaml', '/etc/kubernetes/manifests/static-web.yml'], absent: true };
    expect(await check(world, raw)).toMatchObject({ passed: false, message: '/etc/kubernetes/manifests/static-web.yml on node01 still exists; the task needs /etc/kubernetes/manifests/static-web.yml on node01 removed' });
    expect(await check(world, { ...raw, node: 'controlplane' })).toMatchObject({ passed: true, message: 'there is no file /etc/kubernetes/manifests/static-web.yaml or /etc/kubernetes/manifests/static-web.yml' });
  });
});

describe('HTTP checks', () => {
  it('report a failed connection in curl\'s words', async () => {
    const r = await check(new FakeWorld(), { kind: 'http', from: { portForward: 8080 }, url: 'http://localhost:8080/', body: 'UTC' });
    expect(r.message).toBe('http://localhost:8080/ through port-forward on localhost:8080 failed: Failed to connect to localhost port 8080 after 0 ms: Could not connect to server; the task needs it to answer');
  });

  it('pass when two samples the given time apart differ, keeping the first sample as a memo', async () => {
    const world = new FakeWorld();
    world.httpHandler = (from) => (from.kind === 'port-forward' ? { ok: true, status: 200, body: `${new Date(world.now()).toUTCString()}\n` } : { ok: false, error: 'no' });
    const raw = { kind: 'http', from: { portForward: 8080 }, url: 'http://localhost:8080/', changesAfter: '6s' };
    const first = await check(world, raw);
    expect(first).toMatchObject({ passed: false, recheckAt: START + 6000 });
    expect(first.message).toContain('asking again in 6s');
    await world.advance(3000);
    const early = await check(world, raw, first.memo);
    expect(early).toMatchObject({ passed: false, recheckAt: START + 6000 });
    await world.advance(3000);
    const later = await check(world, raw, early.memo);
    expect(later).toMatchObject({ passed: true, sticky: true });
  });

  it('fail when the page stays the same', async () => {
    const world = new FakeWorld();
    world.httpHandler = () => ({ ok: true, status: 200, body: 'Mon Jan  5 09:00:00 UTC 2026\n' });
    const raw = { kind: 'http', from: { pod: 'web-logger', container: 'nginx-server' }, url: 'http://localhost/', changesAfter: 6 };
    const first = await check(world, raw);
    await world.advance(6000);
    const r = await check(world, raw, first.memo);
    expect(r.message).toBe('http://localhost/ from container nginx-server of pod web-logger still returned "Mon Jan 5 09:00:00 UTC 2026" after 6s; the task needs it to change over time');
  });

  it.each([
    [{ ok: true, status: 404, body: 'not found' }, 'answered 404; the task needs 200'],
    [{ ok: true, status: 200, body: '<h1>Welcome to nginx!</h1>' }, 'returned "<h1>Welcome to nginx!</h1>"; the task needs a body matching /\\d{2}:\\d{2}/'],
  ])('say what came back: %j', async (res, message) => {
    const world = new FakeWorld();
    world.httpHandler = () => res as never;
    expect((await check(world, { kind: 'http', url: 'http://localhost/', body: '\\d{2}:\\d{2}' })).message).toContain(message);
  });
});

describe('command and answer checks', () => {
  it.each([
    [['kubectl exec -it web-logger -c nginx-server -- sh'], true, 'you ran `kubectl exec -it web-logger -c nginx-server -- sh`'],
    [['kubectl exec web-logger -- curl -s localhost'], true, ''],
    [['kubectl get pods'], false, 'no command you ran matches yet; the task needs a command matching /kubectl\\s+exec\\b.*web-logger/'],
  ])('%j', async (lines, passed, message) => {
    const world = new FakeWorld();
    for (const l of lines) world.run(l);
    const r = await check(world, { kind: 'command', matches: 'kubectl\\s+exec\\b.*web-logger' });
    expect(r.passed).toBe(passed);
    if (message) expect(r.message).toBe(message);
  });

  it.each([
    [['OOMKilled 137'], true],
    [['oomkilled, exit code 137'], true],
    [['137'], false],
    [['OOMKilled'], false],
    [['Error 1', 'OOM killed 137'], true],
    [[], false],
  ])('answers %j', async (answers, passed) => {
    const world = new FakeWorld();
    for (const a of answers) world.answer(a);
    const r = await check(world, { kind: 'answer', matches: ['\\boom ?killed\\b', '\\b137\\b'], want: 'the task wants the reason and the exit code' });
    expect(r.passed).toBe(passed);
    if (!passed) expect(r.message).toMatch(answers.length ? /^your last answer was ".*"; the task wants the reason and the exit code$/ : /^you have not answered yet/);
  });
});
