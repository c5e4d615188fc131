// The `podlab` command as a user runs it, in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/podlab.js');

function podlab(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
}

describe('podlab run', () => {
  it('reads a script file and prints a transcript', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlab-'));
    const file = join(dir, 'script.sh');
    writeFileSync(file, 'echo hi\n');
    const r = podlab(['run', file]);
    expect(r.stdout).toBe('$ echo hi\nhi\n');
    expect(r.status).toBe(0);
  });

  it('reads the script from stdin with -', () => {
    const r = podlab(['run', '--seed', '7', '-'], 'echo from stdin\n');
    expect(r.stdout).toBe('$ echo from stdin\nfrom stdin\n');
    expect(r.status).toBe(0);
  });

  it('fails with a clear message when the script cannot be read', () => {
    const r = podlab(['run', '/nonexistent/script.sh']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('podlab run: cannot read /nonexistent/script.sh: no such file\n');
  });

  it('rejects an unknown flag with usage', () => {
    const r = podlab(['run', '--colour', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^podlab: unknown flag: --colour\nUsage:/);
  });
});
