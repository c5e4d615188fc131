// Every command block of every lesson, replayed in page order on a fresh simulated machine (as
// the lesson's Run and Save buttons type them): it must succeed unless the lesson marks it
// `expectError`, and any output the lesson shows must be what the simulator prints.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isExcerpt, normalise, replayLesson, type CommandResult } from './lesson-blocks.ts';

const files = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx')).sort();
const replays = new Map<string, CommandResult[]>();
for (const f of files) replays.set(f, await replayLesson(`content/lessons/${f}`));

// A lesson without command blocks (a placeholder) has nothing to replay.
for (const f of files.filter((name) => replays.get(name)!.length > 0)) {
  const results = replays.get(f)!;
  describe(`content/lessons/${f}`, () => {
    for (const r of results) {
      const where = `line ${r.block.line}: ${r.cmd.split('\n')[0]}`;
      const { expectError, output, excerpt } = r.block.attrs;
      it(`${where} ${expectError ? 'fails as the lesson says' : 'succeeds'}`, () => {
        if (expectError) expect(r.status, `output:\n${r.output}`).not.toBe(0);
        else expect(r.status, `exit status ${r.status}, output:\n${r.output}`).toBe(0);
      });
      if (typeof output === 'string') {
        it(`${where} prints the output the lesson shows`, () => {
          const shown = normalise(output);
          const actual = normalise(r.output);
          if (excerpt) expect(isExcerpt(shown, actual), `shown lines not found in order in:\n${actual.join('\n')}`).toBe(true);
          else expect(actual.join('\n')).toBe(shown.join('\n'));
        });
      }
    }
  });
}
