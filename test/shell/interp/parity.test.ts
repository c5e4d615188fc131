// Replays the language tables through the real bash of the machine running the tests, so the
// expectations stay honest. Skipped where bash is absent.
import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL } from './cases.ts';

function has(cmd: string): boolean {
  try { execFileSync(cmd, ['-c', 'true']); return true; } catch { return false; }
}

const bash = has('bash');

describe.skipIf(!bash)('parity with real bash', () => {
  for (const [group, cases] of Object.entries(ALL)) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, () => {
          const dir = mkdtempSync(join(tmpdir(), 'podlab-sh-'));
          try {
            const r = spawnSync('bash', ['-c', c.script], {
              cwd: dir, input: c.stdin ?? '', encoding: 'utf8',
              env: { PATH: '/usr/bin:/bin', HOME: dir, LC_ALL: 'C' },
            });
            expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
              stdout: c.want.stdout, stderr: c.want.stderr ?? '', status: c.want.status ?? 0,
            });
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        });
      }
    });
  }
});
