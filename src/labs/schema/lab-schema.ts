// The lab file format: `labs/<id>/lab.yaml`. Every field carries a description; the authoring
// guide and editor tooltips read them from here.

import { z } from 'zod';
import { checkSchema } from '../checks/check-schema.ts';
import { LEARNER_NODE } from '../world.ts';
import { duration } from './duration.ts';

const dnsName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'expected lowercase letters, digits and dashes (like `web-logger`)');

export const fileSchema = z.strictObject({
  path: z.string().min(1).describe('Where the file goes. Relative paths start at the learner\'s home, /root.'),
  node: z.string().default(LEARNER_NODE).describe('Which node\'s filesystem; the learner\'s node when omitted.'),
  content: z.string().optional().describe('The file\'s text.'),
  from: z.string().optional().describe('Instead of `content`: a file beside lab.yaml, e.g. `files/broken-pod.yaml`.'),
  mode: z.union([z.number().int(), z.string().regex(/^0?[0-7]{3,4}$/)]).optional()
    .describe('Permission bits, e.g. `0755` or 493; 0644 when omitted.'),
}).refine((f) => (f.content === undefined) !== (f.from === undefined), { message: 'give exactly one of `content` or `from`' })
  .describe('A file to put on a node.');

export const nodeSchema = z.strictObject({
  name: dnsName.describe('The node\'s name, e.g. `controlplane` or `node01`.'),
  role: z.enum(['control-plane', 'worker']).default('worker').describe('`control-plane` carries the control-plane taint and the learner\'s terminal; `worker` runs workloads.'),
  labels: z.record(z.string(), z.string()).optional().describe('Extra node labels.'),
  taints: z.array(z.strictObject({
    key: z.string().describe('Taint key.'),
    value: z.string().optional().describe('Taint value.'),
    effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).describe('Taint effect.'),
  })).optional().describe('Extra taints.'),
}).describe('A node of the lab\'s cluster.');

const manifest = z.record(z.string(), z.unknown()).refine((o) => typeof o.kind === 'string', { message: 'a manifest needs a `kind`' })
  .describe('A Kubernetes object as you would `kubectl apply` it.');

export const setupSchema = z.strictObject({
  namespace: z.string().default('default').describe('The namespace checks look in when they name none.'),
  nodes: z.array(nodeSchema).default([{ name: LEARNER_NODE, role: 'control-plane' }])
    .describe('The cluster\'s nodes; one control-plane node `controlplane` when omitted.'),
  objects: z.array(manifest).default([]).describe('Objects created before the lab starts.'),
  files: z.array(fileSchema).default([]).describe('Files put on the learner\'s node or on cluster nodes before the lab starts.'),
  broken: z.array(z.strictObject({
    description: z.string().min(1).describe('What is broken and why, for authors and the solution view (never shown as a hint).'),
    objects: z.array(manifest).default([]).describe('Broken objects to create.'),
    files: z.array(fileSchema).default([]).describe('Broken files to write.'),
  })).default([]).describe('Things the learner is to repair; created after `objects` and `files`.'),
  advance: duration('Virtual time to let pass after creating everything, so the cluster settles (pods Running, back-offs under way).').default(0),
}).describe('The start state.');

export const taskSchema = z.strictObject({
  id: dnsName.describe('Stable id, used by `needs`, progress records and the solution.'),
  title: z.string().min(1).describe('Short imperative title (`Write the Pod manifest`).'),
  text: z.string().min(1).describe('What to do, in Markdown.'),
  checks: z.array(checkSchema).min(1).describe('Checks that must all pass, in order; the first failure is what the learner is told.'),
  hints: z.array(z.string()).default([]).describe('Progressive hints, from a nudge to nearly the answer, revealed one at a time.'),
  needs: z.array(z.string()).default([]).describe('Ids of earlier tasks that must be complete before this one is checked.'),
}).describe('One task of the lab.');

export const solutionStepSchema = z.strictObject({
  task: z.string().describe('The task this step completes.'),
  files: z.array(z.strictObject({
    path: z.string().min(1).describe('The file, relative to /root.'),
    content: z.string().describe('What the reference learner writes in it (typed as a heredoc when verified).'),
  })).default([]).describe('Files written first.'),
  run: z.string().default('').describe('Shell lines typed after the files, one command per line.'),
  advance: duration('Virtual time to wait after the commands (the reference learner watching).').default(0),
}).describe('What a reference learner types for one task.');

export const labSchema = z.strictObject({
  id: dnsName.describe('The lab\'s id; must be its folder\'s name.'),
  title: z.string().min(1).describe('Title shown on the lab panel.'),
  summary: z.string().min(1).describe('One or two sentences: what the learner does and learns.'),
  minutes: z.number().int().positive().describe('Estimated minutes for a learner new to the topic.'),
  lesson: z.string().min(1).describe('The lesson the lab belongs to (its slug, e.g. `04-multi-container`).'),
  setup: setupSchema.default({ namespace: 'default', nodes: [{ name: LEARNER_NODE, role: 'control-plane' }], objects: [], files: [], broken: [], advance: 0 }),
  tasks: z.array(taskSchema).min(1).describe('The tasks, in order.'),
  solution: z.strictObject({
    steps: z.array(solutionStepSchema).min(1).describe('Steps in order; verification plays them and checks each task after its step.'),
  }).describe('The reference solution, shown behind a confirmation and played by `npm run labs:verify`.'),
}).describe('A graded lab.');

export type Lab = z.output<typeof labSchema>;
export type LabTask = Lab['tasks'][number];
export type LabFile = z.output<typeof fileSchema>;
export type SolutionStep = Lab['solution']['steps'][number];
