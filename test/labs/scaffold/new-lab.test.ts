import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLab } from '../../../src/labs/load/load-lab.ts';
import { verifyLab } from '../../../src/labs/verify/verify-lab.ts';
import { labIdProblem, labTemplate } from '../../../src/labs/scaffold/lab-template.ts';
import { machineHarness } from '../../../scripts/lab-harness.ts';

async function verify(text: string) {
  const loaded = loadLab({ file: 'lab.yaml', text, folder: 'team-web', readSibling: () => undefined });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return verifyLab(loaded.lab, machineHarness().harness);
}

describe('npm run new:lab', () => {
  it('writes a lab that passes verification as it stands', async () => {
    const root = mkdtempSync(join(tmpdir(), 'podlab-new-lab-'));
    execFileSync(process.execPath, ['scripts/new-lab.ts', 'team-web', '--lesson', '04-multi-container', '--root', root]);
    const text = readFileSync(join(root, 'team-web', 'lab.yaml'), 'utf8');
    expect(text).toContain('lesson: 04-multi-container');
    const report = await verify(text);
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('fails verification once an author breaks the solution', async () => {
    const report = await verify(labTemplate('team-web').replace('--labels=team=platform\n', '\n'));
    expect(report.ok).toBe(false);
  });

  it('refuses ids that cannot name a lab, and an existing folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'podlab-new-lab-'));
    execFileSync(process.execPath, ['scripts/new-lab.ts', 'taken', '--root', root]);
    expect(() => execFileSync(process.execPath, ['scripts/new-lab.ts', 'taken', '--root', root], { stdio: 'pipe' })).toThrow(/already exists/);
    expect(() => execFileSync(process.execPath, ['scripts/new-lab.ts', 'Bad_Id', '--root', root], { stdio: 'pipe' })).toThrow(/not a lab id/);
    expect(existsSync(join(root, 'Bad_Id'))).toBe(false);
  });

  it.each([
    ['team-web', undefined],
    ['a', undefined],
    ['', 'give the new lab an id, e.g. npm run new:lab -- my-app-pod'],
    ['-web', '"-web" is not a lab id: use lower-case letters, digits and dashes (like a Kubernetes name)'],
    ['Web', '"Web" is not a lab id: use lower-case letters, digits and dashes (like a Kubernetes name)'],
  ])('lab id %j → %j', (id, problem) => {
    expect(labIdProblem(id)).toBe(problem);
  });
});
