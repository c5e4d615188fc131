// Pod features of the Resources, Security contexts and multi-container lessons as a learner
// sees them through kubectl: OOM kills and QoS classes, runAsNonRoot, readOnlyRootFilesystem and
// capabilities, configMap/secret/downward API volumes and env, the web-logger pod and two
// containers fighting over port 80 — replayed from transcript files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../support/transcript.ts';

const dir = join(import.meta.dirname, 'pod-features');

describe('pod feature transcripts', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s', async (file) => {
    const want = readFileSync(join(dir, file), 'utf8');
    expect(await replay(want)).toBe(want);
  });
});
