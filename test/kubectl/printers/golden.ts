// Reads the kubectl 1.33 goldens copied into test/fixtures/kubectl-1.33.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Event, Pod } from '../../../src/sim/api/types.ts';

const dir = fileURLToPath(new URL('../../fixtures/kubectl-1.33/', import.meta.url));

export function golden(name: string): string {
  return readFileSync(dir + name, 'utf8');
}

export interface DescribeFixture {
  pod: Pod;
  events: Event[];
  now: string;
}

export function fixture(name: string): DescribeFixture {
  return JSON.parse(golden(`fixture-${name}.json`)) as DescribeFixture;
}

/** The frozen instant of a case in index.tsv, in epoch ms. */
export function frozenNow(caseName: string): number {
  const row = golden('index.tsv')
    .split('\n')
    .find((l) => l.startsWith(caseName + '\t'));
  if (!row) throw new Error(`no case ${caseName}`);
  return Date.parse(row.split('\t')[2]);
}
