import { describe, expect, it } from 'vitest';
import { FakeWorld, iso, pod, readyConditions, running, START } from '../../support/labs/fake-world.ts';
import { LabEngine } from '../../../src/labs/engine/lab-engine.ts';
import { curriculumLab, grade } from './grade.ts';

const lab = curriculumLab('oom-killed');

const manifest = (o: { memory?: string; command?: string } = {}) => `apiVersion: v1
kind: Pod
metadata:
  name: memory-hog
spec:
  containers:
  - name: stress-test
    image: polinux/stress
    resources:
      limits:
        memory: ${o.memory ?? '50Mi'}
${o.command ?? '    command: ["stress", "--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]'}
`;

const hog = (memory: string, status: Record<string, unknown>, ready = false) =>
  pod('memory-hog', { containers: [{ name: 'stress-test', image: 'polinux/stress', memory }], phase: 'Running', statuses: [status], conditions: ready ? readyConditions : [] });

const crashing = (restarts: number) => ({
  name: 'stress-test', ready: false, started: false, restartCount: restarts, image: 'polinux/stress', imageID: '',
  state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 20s restarting failed container=stress-test' } },
  lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, startedAt: iso(START), finishedAt: iso(START + 1000) } },
});

describe('oom-killed: writing the manifest', () => {
  it.each([
    ['command with args in one list', manifest()],
    ['command and args apart', manifest({ command: '    command: ["stress"]\n    args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]' })],
    ['flags in another order', manifest({ command: '    args: ["stress", "--vm-bytes", "150M", "--vm-hang", "1", "--vm", "1"]' })],
  ])('passes with %s', async (_n, text) => {
    expect(await grade(lab, 'write-manifest', new FakeWorld().writeFile('oom-pod.yaml', text))).toBe('pass');
  });

  it.each([
    ['50M instead of 50Mi', manifest({ memory: '50M' }), 'oom-pod.yaml: spec.containers[name=stress-test].resources.limits.memory is "50M"; the task needs a memory limit of 50Mi on stress-test'],
    ['a smaller allocation', manifest({ command: '    command: ["stress", "--vm", "1", "--vm-bytes", "15M", "--vm-hang", "1"]' }), 'the task needs the command `stress --vm 1 --vm-bytes 150M --vm-hang 1`'],
  ])('fails with %s', async (_n, text, message) => {
    expect(await grade(lab, 'write-manifest', new FakeWorld().writeFile('oom-pod.yaml', text))).toContain(message);
  });
});

describe('oom-killed: watching, reporting, fixing', () => {
  it('wants an OOM kill, CrashLoopBackOff and a climbing restart count', async () => {
    expect(await grade(lab, 'watch-it-fail', new FakeWorld().setObjects([hog('50Mi', running('stress-test'))])))
      .toBe('container stress-test of pod memory-hog has not been terminated; the task needs it terminated as OOMKilled with exit code 137');
    expect(await grade(lab, 'watch-it-fail', new FakeWorld().setObjects([hog('50Mi', crashing(1))])))
      .toBe('container stress-test of pod memory-hog has restarted 1 time; the task needs at least 2 restarts');
    expect(await grade(lab, 'watch-it-fail', new FakeWorld().setObjects([hog('50Mi', crashing(2))]))).toBe('pass');
  });

  it.each([
    ['OOMKilled 137', 'pass'],
    ['oomkilled with exit code 137', 'pass'],
    ['Error 1', 'your last answer was "Error 1"; the task wants the reason and the exit code from Last State, e.g. `answer <reason> <exit code>`'],
    ['OOMKilled', 'your last answer was "OOMKilled"'],
  ])('grades the answer %s', async (answer, verdict) => {
    expect(await grade(lab, 'report', new FakeWorld().answer(answer))).toContain(verdict);
  });

  it('wants a limit big enough and the pod to stay Running', async () => {
    expect(await grade(lab, 'fix', new FakeWorld().setObjects([hog('100Mi', running('stress-test'), true)])))
      .toBe('pod memory-hog: spec.containers[name=stress-test].resources.limits.memory is "100Mi"; the task needs a memory limit above 160Mi, so stress\'s 150M and the process fit');
    const world = new FakeWorld().setObjects([hog('200Mi', running('stress-test', START), true)]);
    expect(await grade(lab, 'fix', world)).toBe('pod memory-hog has been running 0s; the task needs it to keep running for 30s');
    await world.advance(30_000);
    expect(await grade(lab, 'fix', world)).toBe('pass');
  });

  it('remembers the OOM kill after the pod is fixed, so the whole lab completes', async () => {
    const world = new FakeWorld().writeFile('oom-pod.yaml', manifest()).setObjects([hog('50Mi', crashing(2))]);
    const engine = new LabEngine(lab);
    let p = await engine.evaluate(world);
    expect(p.tasks['watch-it-fail'].status).toBe('passed');
    world.answer('OOMKilled 137');
    world.setObjects([hog('200Mi', running('stress-test', world.now()), true)]);
    p = await engine.evaluate(world);
    expect(p.tasks.fix.status).toBe('open');
    await world.advance(30_000);
    p = await engine.evaluate(world);
    expect(p.tasks.fix.status).toBe('passed');
    world.setObjects([]);
    p = await engine.evaluate(world);
    expect(Object.values(p.tasks).map((t) => t.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed', 'passed']);
  });
});
