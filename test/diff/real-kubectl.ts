// Finds the real kubectl v1.33.1 (Google Cloud CLI ships it as kubectl.1.33 beside its kubectl
// dispatcher) and runs it against a `podlab serve` endpoint, with its own HOME so its discovery
// cache is private to the suite.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export interface KubectlResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** The path of kubectl.1.33, or undefined where this machine has none. */
export function findRealKubectl(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    const direct = join(dir, 'kubectl.1.33');
    if (existsSync(direct)) return direct;
  }
  for (const dir of dirs) {
    const dispatcher = join(dir, 'kubectl');
    if (!existsSync(dispatcher)) continue;
    const beside = join(dirname(realpathSync(dispatcher)), 'kubectl.1.33');
    if (existsSync(beside)) return beside;
  }
  return undefined;
}

export function realKubectl(binary: string) {
  const home = mkdtempSync(join(tmpdir(), 'podlab-diff-'));
  return (url: string, argv: string[]): Promise<KubectlResult> => new Promise((resolve) => {
    execFile(binary, [`--server=${url}`, ...argv], {
      env: { HOME: home, PATH: '/usr/bin:/bin', KUBECONFIG: join(home, 'none') }, encoding: 'utf8', timeout: 20_000,
    }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ stdout, stderr, status });
    });
  });
}
