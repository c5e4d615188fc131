// `npm run new:lab <id> [--lesson NN-slug]`: writes labs/<id>/lab.yaml, a small working lab to
// edit into your own (a Pod to create and a file to write, with hints and a solution). It passes
// `npm run labs:verify` as written, so every change can be checked from a green start.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labTemplate, labIdProblem } from '../src/labs/scaffold/lab-template.ts';

const args = process.argv.slice(2);
const lessonAt = args.indexOf('--lesson');
const lesson = lessonAt >= 0 ? args.splice(lessonAt, 2)[1] : undefined;
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? args.splice(rootAt, 2)[1] : 'labs';
const [id] = args;

const problem = labIdProblem(id);
if (problem) {
  console.error(`new:lab: ${problem}\nUsage: npm run new:lab -- <id> [--lesson NN-slug]`);
  process.exit(1);
}
const folder = join(root, id);
if (existsSync(folder)) {
  console.error(`new:lab: ${folder} already exists`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'lab.yaml'), labTemplate(id, lesson));
console.log(`Wrote ${join(folder, 'lab.yaml')}.
Next:
  1. Edit it: tasks, checks, hints and the solution (docs/authoring-labs.md).
  2. npm run labs:verify -- ${root} ${id}
  3. Put <Lab id="${id}" /> in a lesson (docs/authoring-lessons.md).`);
