// Static pods as a learner sees them through kubectl and the node's shell, replayed from transcript files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../support/transcript.ts';

const dir = join(import.meta.dirname, 'static-pods');

describe('static-pods transcripts', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s', async (file) => {
    const want = readFileSync(join(dir, file), 'utf8');
    expect(await replay(want)).toBe(want);
  });
});
