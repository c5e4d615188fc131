// Transcript files: what a learner would see running a script with `podlab run` — `$ command`
// lines (with the further lines of an unfinished command, such as a heredoc, after them) and the
// output each printed. The commands are replayed against a fresh Machine and the whole
// transcript must come back byte for byte.

import { parse } from '../../src/shell/syntax/parser.ts';
import { ParseError } from '../../src/shell/syntax/errors.ts';
import { Machine, type MachineOptions } from '../../src/machine/machine.ts';
import { runScript } from '../../src/machine/script-runner.ts';
import { nodeSettle } from './screen.ts';

/** The script a transcript was made from: its `$ ` commands and their continuation lines. */
export function scriptOf(transcript: string): string {
  const lines = transcript.split('\n');
  const script: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('$ ')) continue;
    let command = lines[i].slice(2);
    while (incomplete(command) && i + 1 < lines.length) command += `\n${lines[++i]}`;
    script.push(command);
  }
  return `${script.join('\n')}\n`;
}

function incomplete(src: string): boolean {
  try {
    parse(`${src}\n`);
    return false;
  } catch (e) {
    return e instanceof ParseError && e.incomplete;
  }
}

export async function replay(transcript: string, options: Partial<MachineOptions> = {}): Promise<string> {
  const machine = new Machine({ host: { settle: nodeSettle }, ...options });
  let out = '';
  await runScript(machine, scriptOf(transcript), (t) => { out += t; });
  return out;
}
