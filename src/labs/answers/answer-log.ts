// Where `answer …` keeps the learner's answers: one JSON line each in a file on the learner's
// node. Living in the node's filesystem, answers are saved and restored with the rest of the
// lab's state and vanish on Reset, with nothing extra to persist.

import type { AnswerRecord } from '../world.ts';

export const ANSWERS_PATH = '/var/lib/podlab/answers';

/** The answers in a log file's text, oldest first; malformed lines are skipped. */
export function parseAnswers(text: string | undefined): AnswerRecord[] {
  if (!text) return [];
  const out: AnswerRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Partial<AnswerRecord>;
      if (typeof r.text === 'string' && typeof r.at === 'number') out.push({ text: r.text, at: r.at, ...(typeof r.task === 'string' ? { task: r.task } : {}) });
    } catch {
      // A learner may edit the file by hand; a broken line is not an answer.
    }
  }
  return out;
}

/** One line to append to the log. */
export function formatAnswer(record: AnswerRecord): string {
  return `${JSON.stringify(record)}\n`;
}

export type AnswerArgs = { ok: true; text: string; task?: string } | { ok: false; error: string };

/** `answer [--task ID] words…` → the answer's text. */
export function parseAnswerArgs(argv: readonly string[]): AnswerArgs {
  const args = argv.slice(1);
  let task: string | undefined;
  if (args[0] === '--task') {
    if (args.length < 2) return { ok: false, error: 'answer: --task needs a task id' };
    task = args[1];
    args.splice(0, 2);
  }
  if (args[0] === '--') args.shift();
  const text = args.join(' ').trim();
  if (!text) return { ok: false, error: 'usage: answer [--task TASK] YOUR ANSWER' };
  return { ok: true, text, ...(task ? { task } : {}) };
}
