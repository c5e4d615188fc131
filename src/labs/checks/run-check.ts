// Runs one check of any kind. A check that throws (a bug, or a world that failed) becomes a
// failing result that says so, so one bad check never stops the others.

import type { Check } from './check-schema.ts';
import { fail, type CheckContext, type CheckResult } from './check-result.ts';
import { runAnswerCheck } from './answer-check.ts';
import { runCommandCheck } from './command-check.ts';
import { runContainerCheck } from './container-check.ts';
import { runEventCheck } from './event-check.ts';
import { runFileCheck } from './file-check.ts';
import { runHttpCheck } from './http-check.ts';
import { runLogsCheck } from './logs-check.ts';
import { runObjectCheck } from './object-check.ts';
import { runPodCheck } from './pod-check.ts';

export async function runCheck(check: Check, ctx: CheckContext & { taskId?: string }): Promise<CheckResult> {
  try {
    switch (check.kind) {
      case 'object': return runObjectCheck(check, ctx);
      case 'pod': return runPodCheck(check, ctx);
      case 'container': return runContainerCheck(check, ctx);
      case 'event': return runEventCheck(check, ctx);
      case 'file': return runFileCheck(check, ctx);
      case 'http': return await runHttpCheck(check, ctx);
      case 'command': return runCommandCheck(check, ctx);
      case 'answer': return runAnswerCheck(check, ctx);
      case 'logs': return await runLogsCheck(check, ctx);
    }
  } catch (e) {
    return fail(`the check could not run: ${(e as Error).message}`);
  }
}
