import { describe, expect, it } from 'vitest';
import { LabEngine } from '../../../src/labs/engine/lab-engine.ts';
import { loadLab } from '../../../src/labs/load/load-lab.ts';
import { newProgress, parseProgress } from '../../../src/labs/progress/progress.ts';
import type { Lab } from '../../../src/labs/schema/lab-schema.ts';
import { FakeWorld, START } from '../../support/labs/fake-world.ts';

const LAB = `id: demo
title: Demo
summary: A demo.
minutes: 5
lesson: x
tasks:
  - id: write
    title: Write
    text: Write pod.yaml.
    hints: [one, two]
    checks:
      - kind: file
        path: pod.yaml
  - id: say
    title: Say
    text: Answer.
    needs: [write]
    checks:
      - kind: answer
        matches: '42'
      - kind: http
        url: http://localhost/
        changesAfter: 5s
solution:
  steps:
    - task: write
`;

function lab(): Lab {
  const r = loadLab({ file: 'lab.yaml', text: LAB });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.lab;
}

class CountingWorld extends FakeWorld {
  reads = 0;
  override readFile(node: string, path: string) { this.reads++; return super.readFile(node, path); }
}

describe('the lab engine', () => {
  it('keeps a task locked until the tasks it needs pass', async () => {
    const world = new FakeWorld().answer('42');
    const p = await new LabEngine(lab()).evaluate(world);
    expect(p.tasks.write.status).toBe('open');
    expect(p.tasks.write.checks[0].message).toBe('there is no file pod.yaml; the task needs pod.yaml');
    expect(p.tasks.say).toMatchObject({ status: 'locked', checks: [] });
  });

  it('re-runs checks only when the world changed', async () => {
    const world = new CountingWorld();
    const engine = new LabEngine(lab());
    await engine.evaluate(world);
    await engine.evaluate(world);
    expect(world.reads).toBe(1);
    world.writeFile('other.txt', 'x');
    await engine.evaluate(world);
    expect(world.reads).toBe(2);
    await engine.evaluate(world, { force: true });
    expect(world.reads).toBe(3);
  });

  it('records when tasks start and complete and how long they took', async () => {
    const world = new FakeWorld();
    const engine = new LabEngine(lab());
    await engine.evaluate(world);
    await world.advance(60_000);
    world.writeFile('pod.yaml', 'kind: Pod');
    const p = await engine.evaluate(world);
    expect(p.startedAt).toBe(START);
    expect(p.tasks.write).toMatchObject({ status: 'passed', startedAt: START, completedAt: START + 60_000, timeTakenMs: 60_000 });
    expect(p.tasks.say).toMatchObject({ status: 'open', startedAt: START + 60_000 });
  });

  it('runs a time-based check again when it is due even if nothing changed, and completes the lab', async () => {
    const world = new FakeWorld().writeFile('pod.yaml', 'kind: Pod').answer('42');
    world.httpHandler = () => ({ ok: true, status: 200, body: String(world.now()) });
    const engine = new LabEngine(lab());
    let p = await engine.evaluate(world);
    expect(p.tasks.say.status).toBe('open');
    expect(engine.nextRecheckAt()).toBe(START + 5000);
    await world.advance(5000);
    p = await engine.evaluate(world);
    expect(p.tasks.say.status).toBe('passed');
    expect(p).toMatchObject({ completedAt: START + 5000, timeTakenMs: 5000 });
  });

  it('keeps sticky observations and passed tasks across a reload, even when the world moves on', async () => {
    const world = new FakeWorld().writeFile('pod.yaml', 'kind: Pod').answer('42');
    const engine = new LabEngine(lab());
    const saved = JSON.parse(JSON.stringify(await engine.evaluate(world)));
    const parsed = parseProgress(saved, lab());
    if (!parsed.ok) throw new Error(parsed.error);
    world.files.clear();
    world.answerList.length = 0;
    world.writeFile('unrelated', '');
    const p = await new LabEngine(lab(), parsed.progress).evaluate(world);
    expect(p.tasks.write.status).toBe('passed');
    expect(p.tasks.say.checks[0]).toMatchObject({ passed: true, sticky: true, message: 'you answered "42"' });
    expect(p.tasks.say.checks[1].passed).toBe(false);
  });

  it('tells listeners when progress changes and reveals hints one at a time', async () => {
    const engine = new LabEngine(lab());
    const seen: number[] = [];
    engine.onProgress((p) => seen.push(p.tasks.write.hintsShown));
    expect(engine.revealHint('write')).toBe('one');
    expect(engine.revealHint('write')).toBe('two');
    expect(engine.revealHint('write')).toBeUndefined();
    expect(seen).toEqual([1, 2]);
  });

  it.each([
    [{ version: 2, lab: 'demo', tasks: {} }, 'progress record version: Invalid input: expected 1'],
    [{ ...newProgress(lab()), lab: 'other' }, 'progress record is for lab "other", not "demo"'],
    [{ version: 1, lab: 'demo', tasks: { write: { status: 'done', hintsShown: 0, checks: [] } } }, 'progress record tasks.write.status'],
    ['garbage', 'progress record (top level)'],
  ])('refuses a bad progress record: %j', (json, error) => {
    const r = parseProgress(json, lab());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });
});
