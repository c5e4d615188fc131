import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLab } from '../../../src/labs/load/load-lab.ts';
import { stepScript, verifyLab } from '../../../src/labs/verify/verify-lab.ts';
import { machineHarness } from '../../../scripts/lab-harness.ts';

const LAB = (solution: string, extraTask = '') => `id: tiny
title: Tiny
summary: Files and answers only.
minutes: 2
lesson: x
tasks:
  - id: write
    title: Write
    text: Put a Pod kind in pod.yaml.
    checks:
      - kind: file
        path: pod.yaml
        contains: 'kind: Pod'
  - id: say
    title: Say
    text: Answer 42.
    needs: [write]
    checks:
      - kind: answer
        matches: '\\b42\\b'
${extraTask}solution:
  steps:
${solution}`;

const GOOD_SOLUTION = `    - task: write
      run: |
        echo 'kind: Pod' > pod.yaml
    - task: say
      run: answer 42
`;

function lab(text: string) {
  const r = loadLab({ file: 'labs/tiny/lab.yaml', text, folder: 'tiny' });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.lab;
}

describe('verifying a lab on a Machine', () => {
  it('passes a lab whose solution completes every task in a real terminal', async () => {
    const report = await verifyLab(lab(LAB(GOOD_SOLUTION)), machineHarness().harness);
    expect(report.failures).toEqual([]);
    expect(report.log).toContain('step 2: say passes: you answered "42"');
  });

  it('fails, with the transcript, a solution that cannot run on this machine', async () => {
    const report = await verifyLab(lab(LAB(GOOD_SOLUTION.replace("echo 'kind: Pod' > pod.yaml", 'podlab-missing-tool apply -f pod.yaml'))), machineHarness().harness);
    expect(report.ok).toBe(false);
    expect(report.failures[0]).toContain('solution step 1 (task write) did not complete the task: there is no file pod.yaml; the task needs pod.yaml');
    expect(report.failures[0]).toContain('| -bash: podlab-missing-tool: command not found');
  });

  it('fails a task that passes before the learner did anything', async () => {
    const extra = `  - id: free
    title: Free
    text: Nothing to do.
    checks:
      - kind: file
        path: /etc/hostname
`;
    const report = await verifyLab(lab(LAB(GOOD_SOLUTION, extra)), machineHarness().harness);
    expect(report.failures[0]).toBe('start state: task free already passes before the learner did anything (/etc/hostname exists)');
  });

  it('types files as quoted heredocs that cannot end early', () => {
    expect(stepScript({ task: 't', files: [{ path: 'a.txt', content: 'x\nEOF\n$HOME\n' }], run: 'cat a.txt\n', advance: 0 }))
      .toBe("cat > a.txt <<'EOF_'\nx\nEOF\n$HOME\nEOF_\ncat a.txt\n");
  });
});

describe('npm run labs:verify', () => {
  it('exits 1 and names file, line and field for a broken lab file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'labs-'));
    mkdirSync(join(dir, 'tiny'));
    writeFileSync(join(dir, 'tiny', 'lab.yaml'), LAB(GOOD_SOLUTION).replace("kind: answer", 'kind: anser'));
    let out = '';
    try {
      execFileSync(process.execPath, ['scripts/verify-labs.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      out = (e as { stderr: string; status: number }).stderr;
      expect((e as { status: number }).status).toBe(1);
    }
    expect(out).toContain('✗ tiny: the lab file is broken');
    expect(out).toMatch(/lab\.yaml:19: tasks\[1\]\.checks\[0\]\.kind: expected one of object, pod, container, event, file, http, command, answer, logs; got "anser"/);
  });
});
