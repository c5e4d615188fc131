// Reads the blocks a lesson's Run and Save buttons would type (<Command>, <Manifest>, <Predict>)
// from its MDX source, in page order, and replays them through a Machine as a learner would.

import { readFileSync } from 'node:fs';
import { Machine } from '../../src/machine/machine.ts';
import { runScript } from '../../src/machine/script-runner.ts';
import { saveFileScript } from '../../src/client/typed-text.ts';
import { parseDuration } from '../../src/labs/schema/duration.ts';
import { loadLab } from '../../src/labs/load/load-lab.ts';
import { startLab } from '../../src/machine/lab-session.ts';
import { nodeSettle } from '../support/screen.ts';

export type Attrs = Record<string, string | boolean>;

export interface Block {
  tag: 'Command' | 'Manifest' | 'Predict';
  attrs: Attrs;
  /** 1-based line of the tag in the MDX file. */
  line: number;
}

/** Every <Command>, <Manifest> and <Predict> tag of an MDX source with its literal attributes. */
export function lessonBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const tag = /<(Command|Manifest|Predict)\b/g;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    const { attrs, end } = parseAttrs(source, m.index + m[0].length);
    blocks.push({ tag: m[1] as Block['tag'], attrs, line: source.slice(0, m.index).split('\n').length });
    tag.lastIndex = end;
  }
  return blocks;
}

function parseAttrs(src: string, from: number): { attrs: Attrs; end: number } {
  const attrs: Attrs = {};
  let i = from;
  const fail = (what: string) => new Error(`cannot read attribute at line ${src.slice(0, i).split('\n').length}: ${what}`);
  for (;;) {
    while (/\s/.test(src[i])) i++;
    if (src.startsWith('/>', i)) return { attrs, end: i + 2 };
    if (src[i] === '>') return { attrs, end: i + 1 };
    const name = /^[A-Za-z][\w-]*/.exec(src.slice(i))?.[0];
    if (!name) throw fail(JSON.stringify(src.slice(i, i + 20)));
    i += name.length;
    if (src[i] !== '=') {
      attrs[name] = true;
      continue;
    }
    i++;
    if (src[i] === '"' || src[i] === "'") {
      const close = src.indexOf(src[i], i + 1);
      attrs[name] = src.slice(i + 1, close);
      i = close + 1;
    } else if (src.startsWith('{`', i)) {
      let j = i + 2;
      let text = '';
      while (src[j] !== '`') {
        if (src[j] === '\\') text += src[++j];
        else if (src.startsWith('${', j)) throw fail('template literals with ${…} are not literal text');
        else text += src[j];
        j++;
      }
      if (src[j + 1] !== '}') throw fail('expected } after the template literal');
      attrs[name] = text;
      i = j + 2;
    } else if (src.startsWith('{true}', i) || src.startsWith('{false}', i)) {
      attrs[name] = src.startsWith('{true}', i);
      i += attrs[name] ? 6 : 7;
    } else {
      throw fail(`${name} must be "text", {\`text\`}, {true} or {false}`);
    }
  }
}

export interface CommandResult {
  block: Block;
  cmd: string;
  output: string;
  status: number;
}

const MARK = '@@podlab-status';

/**
 * Replays a lesson's saves, waits and commands in order on the machine its page gives the learner:
 * a fresh one (seed 1, as the page's worker), or on a page with a <Lab>, the lab's start state,
 * because every terminal of such a page runs on the lab's machine.
 */
export async function replayLesson(file: string): Promise<CommandResult[]> {
  const source = readFileSync(file, 'utf8');
  const blocks = lessonBlocks(source);
  let script = '';
  const commands: { block: Block; cmd: string }[] = [];
  for (const block of blocks) {
    const { cmd, after, file: target, code } = block.attrs;
    if (block.tag === 'Manifest') {
      script += saveFileScript(String(target), String(code).replace(/^\n/, ''));
      continue;
    }
    if (typeof cmd !== 'string') continue;
    if (typeof after === 'string') {
      const ms = parseDuration(after);
      if (typeof ms !== 'number') throw new Error(`${file}:${block.line}: after="${after}" is not a duration`);
      script += `sleep ${ms / 1000}\n`;
    }
    script += `${cmd.replace(/\n$/, '')}\necho "${MARK} $?"\n`;
    commands.push({ block, cmd });
  }
  let transcript = '';
  const machine = await pageMachine(source);
  await runScript(machine, script, (t) => { transcript += t; });
  return splitTranscript(transcript, commands);
}

async function pageMachine(source: string): Promise<Machine> {
  const host = { settle: nodeSettle };
  const labId = /<Lab\s+id="([^"]+)"/.exec(source)?.[1];
  if (!labId) return new Machine({ seed: 1, host });
  const file = `labs/${labId}/lab.yaml`;
  const loaded = loadLab({ file, text: readFileSync(file, 'utf8'), folder: labId, readSibling: (p) => readFileSync(`labs/${labId}/${p}`, 'utf8') });
  if (!loaded.ok) throw new Error(`${file} does not load: ${JSON.stringify(loaded.problems)}`);
  const { machine, problems } = await startLab(loaded.lab, host);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return machine;
}

function splitTranscript(transcript: string, commands: { block: Block; cmd: string }[]): CommandResult[] {
  const results: CommandResult[] = [];
  let rest = transcript;
  for (const { block, cmd } of commands) {
    const first = `$ ${cmd.split('\n')[0]}\n`;
    const start = rest.indexOf(first);
    const markLine = `$ echo "${MARK} $?"\n`;
    const end = rest.indexOf(markLine, start);
    const status = new RegExp(`^${MARK} (\\d+)\\n`).exec(rest.slice(end + markLine.length));
    if (start < 0 || end < 0 || !status) throw new Error(`line ${block.line}: lost track of "${cmd}" in the transcript:\n${rest}`);
    const raw = rest.slice(start + first.length, end);
    // The rest of a multi-line command is echoed as typed; only what follows it is output.
    const typedRest = cmd.split('\n').slice(1).map((l) => `${l}\n`).join('');
    const body = raw.startsWith(typedRest) ? raw.slice(typedRest.length) : raw;
    // Further lines of a multi-line command appear as `$ line` too; keep only what they printed.
    const output = body.split('\n').filter((l) => !cmd.split('\n').slice(1).some((c) => l === `$ ${c}`)).join('\n');
    results.push({ block, cmd, output, status: Number(status[1]) });
    rest = rest.slice(end + markLine.length + status[0].length);
  }
  return results;
}

/** Lines compared as a terminal shows them: trailing blanks and empty last lines do not count. */
export function normalise(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** True when every shown line appears in the actual output, in the same order. */
export function isExcerpt(shown: string[], actual: string[]): boolean {
  let at = 0;
  for (const line of shown) {
    while (at < actual.length && actual[at] !== line) at++;
    if (at === actual.length) return false;
    at++;
  }
  return true;
}
