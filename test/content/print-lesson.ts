// `npx node test/content/print-lesson.ts content/lessons/02-pod-lifecycle.mdx`: replays a lesson
// and prints what each command printed and its exit status, for writing `output` props.

import { replayLesson } from './lesson-blocks.ts';

for (const r of await replayLesson(process.argv[2])) {
  process.stdout.write(`=== line ${r.block.line} (exit ${r.status}): ${r.cmd}\n${r.output}`);
}
