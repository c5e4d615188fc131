// The shape of a saved machine, checked before anything is built from it: a save written by
// another version of PodLab, or damaged on the way, is refused as a whole with a sentence that
// says what is wrong, never loaded half-way.

import { z } from 'zod';
import type { SerializedNode } from '../os/fs/serialize.ts';

export const SNAPSHOT_FORMAT = 'podlab-machine';
/** Bumped whenever a field changes meaning; older saves are then set aside, not migrated. */
export const SNAPSHOT_VERSION = 1;

const time = z.number().int().nonnegative();

const base = { mode: z.number().int().min(0).max(0o7777), uid: z.number().int(), gid: z.number().int(), mtime: z.number() };
const nodeSchema: z.ZodType<SerializedNode> = z.lazy(() => z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('file'), data: z.string() }),
  z.strictObject({ ...base, type: z.literal('dir'), entries: z.record(z.string().regex(/^(?!\.{1,2}$)[^/]+$/, 'a file name without "/"'), nodeSchema) }),
  z.strictObject({ ...base, type: z.literal('symlink'), target: z.string() }),
  z.strictObject({ ...base, type: z.literal('device'), device: z.enum(['null', 'zero', 'full', 'random', 'urandom', 'tty']) }),
]));

const treeSchema = z.strictObject({ version: z.literal(1), limit: z.number().optional(), root: nodeSchema });

const kubeObject = z.looseObject({
  apiVersion: z.string().optional(),
  kind: z.string().min(1),
  metadata: z.looseObject({ name: z.string().min(1) }),
});

export const machineSnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT).describe('Marks the file as a PodLab machine.'),
  version: z.number().int().describe('The snapshot format\'s version; only SNAPSHOT_VERSION is read.'),
  now: time.describe('Virtual time when it was taken, epoch ms.'),
  random: z.number().int().nonnegative().describe('The PRNG state, so ids and suffixes continue the same sequence.'),
  cluster: z.array(kubeObject).describe('Every object in the API server, status included.'),
  files: z.record(z.string().min(1), z.record(z.string().regex(/^\/./, 'an absolute path'), treeSchema))
    .describe('Per node, the folders a learner or a lab writes in (/root, static pod manifests, /tmp…), by path.'),
  answers: z.string().optional().describe('The answer log (`answer …`), when the learner gave any.'),
  history: z.array(z.string()).describe('Shell history, oldest first.'),
  commands: z.array(z.strictObject({ line: z.string(), exitStatus: z.number().int().optional(), at: time }))
    .describe('Lines the learner submitted, for command checks.'),
});

export type MachineSnapshot = z.output<typeof machineSnapshotSchema>;

export type SnapshotParse = { ok: true; snapshot: MachineSnapshot } | { ok: false; error: string };

/** Validates saved data as a snapshot this version of PodLab can restore. */
export function parseSnapshot(data: unknown): SnapshotParse {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'the saved machine is not a JSON object' };
  const { format, version } = data as Record<string, unknown>;
  if (format !== SNAPSHOT_FORMAT) return { ok: false, error: 'the saved data is not a PodLab machine' };
  if (version !== SNAPSHOT_VERSION) {
    return { ok: false, error: `the saved machine is format version ${JSON.stringify(version)}; this version of PodLab reads version ${SNAPSHOT_VERSION}` };
  }
  const r = machineSnapshotSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `the saved machine is damaged at ${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}` };
  }
  return { ok: true, snapshot: r.data };
}
