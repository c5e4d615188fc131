// Replays the language tables through the real bash of the machine running the tests, so the
// expectations stay honest. Skipped where bash is absent.
import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL, type Case } from './cases.ts';
import { BUSYBOX } from './busybox-cases.ts';

function has(cmd: string, ...args: string[]): boolean {
  try { execFileSync(cmd, [...args, '-c', 'true']); return true; } catch { return false; }
}

const bash = has('bash');
const busybox = has('busybox', 'sh');

function replay(c: Case, argv: string[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'podlab-sh-'));
  try {
    const r = spawnSync(argv[0], [...argv.slice(1), '-c', c.script], {
      cwd: dir, input: c.stdin ?? '', encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin', HOME: dir, LC_ALL: 'C' },
    });
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
      stdout: c.want.stdout, stderr: c.want.stderr ?? '', status: c.want.status ?? 0,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!bash)('parity with real bash', () => {
  for (const [group, cases] of Object.entries(ALL)) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, () => replay(c, ['bash']));
      }
    });
  }
});

describe.skipIf(!busybox)('parity with real busybox sh', () => {
  for (const c of BUSYBOX) it(c.name, () => replay(c, ['busybox', 'sh']));
});
