// Runs a command through the real tool of this machine (GNU coreutils, or Debian's busybox) in
// a fresh folder holding the same files, so parity tests can compare PodLab with the real thing.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RunResult } from './program-machine.ts';

export function hasTool(name: string): boolean {
  if (spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0) return false;
  // PodLab's host awk follows mawk, Ubuntu's default awk; gawk differs in corners (substr).
  if (name === 'awk') return /mawk/.test(spawnSync('awk', ['-W', 'version'], { encoding: 'utf8' }).stdout ?? '');
  return true;
}

export function runReal(argv: string[], files: Record<string, string>, stdin: string | undefined, busybox: boolean, mtime?: number): RunResult {
  const dir = mkdtempSync(join(tmpdir(), 'podlab-parity-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    if (mtime !== undefined) touchAll(dir, mtime / 1000);
    const [cmd, ...args] = busybox ? ['busybox', ...argv] : argv;
    const r = spawnSync(cmd, args, { cwd: dir, input: stdin ?? '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', TZ: 'UTC', HOME: dir } });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 128 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Busybox's banner names its version and build date; those are not what parity compares. */
export function normalizeBanner(text: string): string {
  return text.replace(/^BusyBox v[^\n]*multi-call binary\./gm, 'BusyBox multi-call binary.');
}

function touchAll(dir: string, seconds: number): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) touchAll(full, seconds);
    utimesSync(full, seconds, seconds);
  }
  utimesSync(dir, seconds, seconds);
}
