import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../../src/labs/checks/check-schema.ts';
import { LOGS_RECHECK_MS } from '../../../src/labs/checks/logs-check.ts';
import { runCheck } from '../../../src/labs/checks/run-check.ts';
import type { Pod } from '../../../src/sim/api/types.ts';
import { FakeWorld, pod, START } from '../../support/labs/fake-world.ts';

async function check(world: FakeWorld, raw: Record<string, unknown>) {
  return runCheck(checkSchema.parse(raw), { world, namespace: 'default' });
}

const shop = (sidecar: 'container' | 'native' | 'none') => {
  const p = pod('shop', { containers: [{ name: 'app', image: 'busybox' }, ...(sidecar === 'container' ? [{ name: 'log-tailer', image: 'busybox' }] : [])] });
  if (sidecar === 'native') (p as Pod).spec.initContainers = [{ name: 'log-tailer', image: 'busybox', restartPolicy: 'Always' }];
  return p;
};

const tailer = { kind: 'logs', pod: 'shop', container: 'log-tailer', matches: 'GET /\\S+ \\d{3}', lines: 2 };
const lines = (n: number) => Array.from({ length: n }, (_, i) => `2026-01-05T09:00:0${i}Z GET /cart 200`).join('\n') + '\n';

describe('logs checks read a container\'s logs as kubectl logs -c prints them', () => {
  it.each([['a second app container', 'container'], ['a native sidecar (an init container)', 'native']] as const)('pass for %s', async (_n, kind) => {
    const world = new FakeWorld().setObjects([shop(kind)]);
    const asked: string[] = [];
    world.logsHandler = (ns, p, c) => { asked.push(`${ns}/${p}/${c}`); return { ok: true, text: lines(3) }; };
    const r = await check(world, tailer);
    expect(asked).toEqual(['default/shop/log-tailer']);
    expect(r).toMatchObject({ passed: true, sticky: true, message: '`kubectl logs shop -c log-tailer` shows 3 matching lines, the last "2026-01-05T09:00:02Z GET /cart 200"' });
  });

  it.each([
    ['the pod is missing', [], { ok: true, text: '' }, 'pod shop does not exist; the task needs 2 lines matching /GET /\\S+ \\d{3}/', false],
    ['the container is missing', [shop('none')], { ok: true, text: '' }, 'pod shop has no container log-tailer (it has app); the task needs 2 lines matching /GET /\\S+ \\d{3}/', false],
    ['the container has not started', [shop('container')], { ok: false, error: 'container "log-tailer" in pod "shop" is waiting to start: ContainerCreating' },
      '`kubectl logs shop -c log-tailer` says: container "log-tailer" in pod "shop" is waiting to start: ContainerCreating; the task needs 2 lines matching /GET /\\S+ \\d{3}/', true],
    ['it printed nothing', [shop('container')], { ok: true, text: '' }, '`kubectl logs shop -c log-tailer` prints nothing yet; the task needs 2 lines matching /GET /\\S+ \\d{3}/', true],
    ['only one line matches so far', [shop('container')], { ok: true, text: lines(1) }, '`kubectl logs shop -c log-tailer` shows only 1 matching line; the task needs 2 lines matching /GET /\\S+ \\d{3}/', true],
    ['other lines only', [shop('container')], { ok: true, text: 'tail: can\'t open \'/var/log/app.log\': No such file or directory\n' },
      '`kubectl logs shop -c log-tailer` shows no matching line (the last is "tail: can\'t open \'/var/log/app.log\': No such file or directory"); the task needs 2 lines matching /GET /\\S+ \\d{3}/', true],
  ])('fail when %s, saying what they saw', async (_n, objects, logs, message, recheck) => {
    const world = new FakeWorld().setObjects(objects as never);
    world.logsHandler = () => logs as never;
    const r = await check(world, tailer);
    expect(r.passed).toBe(false);
    expect(r.message).toBe(message);
    // Logs grow without any API change, so a failing read asks to be repeated.
    expect(r.recheckAt).toBe(recheck ? START + LOGS_RECHECK_MS : undefined);
  });

  it('tell the learner what the task wants in its own words', async () => {
    const world = new FakeWorld().setObjects([shop('container')]);
    world.logsHandler = () => ({ ok: true, text: '' });
    const r = await check(world, { ...tailer, want: 'the task needs the sidecar to stream access.log' });
    expect(r.message).toBe('`kubectl logs shop -c log-tailer` prints nothing yet; the task needs the sidecar to stream access.log');
  });
});
