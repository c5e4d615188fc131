// Logging in to the cluster's nodes (ssh, systemctl, journalctl, crictl, the kubelet's files) and
// installing packages in containers, as a learner sees it, replayed from transcript files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../support/transcript.ts';

const dir = join(import.meta.dirname, 'nodes');

describe('node transcripts', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s', async (file) => {
    const want = readFileSync(join(dir, file), 'utf8');
    expect(await replay(want)).toBe(want);
  });
});
