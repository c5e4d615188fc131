// Wall time of `npm run labs:verify`: every bundled lab loaded, its tasks proved failing at the
// start, its reference solution played through a Machine terminal in virtual time, its tasks
// proved passing. Run as a learner's author would run it, npm and all.

import { spawn } from 'node:child_process';

export interface LabsVerifyTime {
  wallMs: number;
  labs: number;
  verified: number;
  ok: boolean;
}

export function labsVerifyTime(root: string): Promise<LabsVerifyTime> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('npm', ['run', '--silent', 'labs:verify'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', () => {});
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const m = /(\d+) of (\d+) labs verified/.exec(out);
      resolve({ wallMs, verified: Number(m?.[1] ?? 0), labs: Number(m?.[2] ?? 0), ok: code === 0 });
    });
  });
}

if (import.meta.main) console.log(JSON.stringify(await labsVerifyTime(new URL('..', import.meta.url).pathname)));
