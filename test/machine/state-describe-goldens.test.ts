// Every real `kubectl describe pod` golden, reproduced through `podlab run --state`: the fixture's
// objects are loaded exactly as given and PodLab's kubectl renders them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixtures = join(import.meta.dirname, '../fixtures/kubectl-1.33');
const bin = join(import.meta.dirname, '../../bin/podlab.js');
// The fixtures' `now` is kubectl's clock truncated to the second; kubectl ran later within that
// second (event ages such as `5m` rather than `4m59s` show it), so the state instant is half a second on.
const WITHIN_SECOND = 500;

const cases = readdirSync(fixtures).filter((f) => /^fixture-.*\.json$/.test(f) && readdirSync(fixtures).includes(f.replace('fixture-', 'describe-').replace('.json', '.txt')));

describe('podlab run --state reproduces real kubectl describe output', () => {
  it.each(cases)('%s', (file) => {
    const f = JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'podlab-state-'));
    const state = join(dir, 'state.json');
    const now = new Date(Date.parse(f.now) + WITHIN_SECOND).toISOString();
    writeFileSync(state, JSON.stringify({ now, objects: [f.pod, ...(f.events ?? [])], logs: f.logs ?? {} }));
    const ns = f.pod.metadata.namespace ?? 'default';
    const r = spawnSync(process.execPath, [bin, 'run', '--state', state, '-'], { input: `kubectl describe pod ${f.pod.metadata.name} -n ${ns}\n`, encoding: 'utf8' });
    const golden = readFileSync(join(fixtures, file.replace('fixture-', 'describe-').replace('.json', '.txt')), 'utf8');
    expect(r.stdout).toBe(`$ kubectl describe pod ${f.pod.metadata.name} -n ${ns}\n${golden}`);
  });
});

describe('podlab run --state refuses a bad state file with a clear message', () => {
  it.each([
    ['{', /^podlab run: invalid state .*: not valid JSON/],
    ['{"now": "yesterday", "objects": []}', /"now" must be an RFC 3339 time/],
    ['{"now": "2026-01-05T09:00:00Z", "objects": [1]}', /objects\[0\] must be a Kubernetes object/],
  ])('%s', (text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'podlab-state-'));
    writeFileSync(join(dir, 's.json'), text);
    const r = spawnSync(process.execPath, [bin, 'run', '--state', join(dir, 's.json'), '-'], { input: 'echo hi\n', encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});
