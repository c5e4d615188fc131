// The `answer` program on the learner's node: `answer OOMKilled 137` appends to the answer log
// and says so. The Machine registers it; the log is read back through LabWorld.answers().

import type { Program } from '../../os/process/context.ts';
import { ANSWERS_PATH, formatAnswer, parseAnswerArgs } from './answer-log.ts';

export const answerProgram: Program = async (ctx) => {
  const parsed = parseAnswerArgs(ctx.argv);
  if (!parsed.ok) {
    ctx.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  try {
    ctx.fs.mkdir('/var/lib/podlab', { recursive: true }, ctx.cred);
    ctx.fs.appendFile(ANSWERS_PATH, formatAnswer({ text: parsed.text, at: ctx.now(), ...(parsed.task ? { task: parsed.task } : {}) }), ctx.cred);
  } catch (e) {
    ctx.stderr.write(`answer: cannot save the answer: ${(e as Error).message}\n`);
    return 1;
  }
  ctx.stdout.write(`Answer recorded: ${parsed.text}\n`);
  return 0;
};
