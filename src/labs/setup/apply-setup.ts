// Puts a lab's start state onto a machine: files, objects, the broken things, then lets
// virtual time pass. The machine is reached through a narrow target so the worker, `podlab`
// and the verifier share this code.

import { isStatus } from '../../sim/api/errors.ts';
import type { KubeObject, Node, Taint } from '../../sim/api/types.ts';
import type { ApiClient, Resource } from '../../sim/apiserver/api-client.ts';
import type { Lab, LabFile } from '../schema/lab-schema.ts';
import { normalizeResource } from '../checks/fetch-object.ts';

export interface SetupTarget {
  /** The cluster, when the machine has one; a lab with objects cannot start without it. */
  api?: ApiClient;
  /** The nodes the machine's cluster has (names). */
  nodes(): readonly string[];
  /** Writes a file (relative paths from /root), creating folders; an error sentence on failure. */
  writeFile(node: string, path: string, content: string, mode: number): string | undefined;
  advance(ms: number): Promise<void>;
}

const mode = (f: LabFile) => (f.mode === undefined ? 0o644 : typeof f.mode === 'number' ? f.mode : parseInt(f.mode, 8));

/** Applies the setup; returns the problems (empty when the start state is in place). */
export async function applySetup(lab: Lab, target: SetupTarget): Promise<string[]> {
  const problems: string[] = [];
  const have = new Set(target.nodes());
  for (const n of lab.setup.nodes) if (!have.has(n.name)) problems.push(`setup.nodes: the machine has no node ${n.name} (it has ${[...have].join(', ') || 'none'})`);
  for (const n of lab.setup.nodes) {
    if (!have.has(n.name) || (!n.labels && !n.taints)) continue;
    const err = labelAndTaint(target.api, n.name, n.labels, n.taints);
    if (err) problems.push(`setup.nodes: ${n.name}: ${err}`);
  }
  const files = [...lab.setup.files, ...lab.setup.broken.flatMap((b) => b.files)];
  for (const f of files) {
    const err = target.writeFile(f.node, f.path, f.content ?? '', mode(f));
    if (err) problems.push(`setup.files: ${f.path} on ${f.node}: ${err}`);
  }
  const objects = [...lab.setup.objects, ...lab.setup.broken.flatMap((b) => b.objects)] as unknown as KubeObject[];
  if (objects.length > 0 && !target.api) problems.push('setup.objects: the machine has no cluster to create them in');
  const api = target.api;
  for (const o of api ? objects : []) {
    const got = api!.create({ resource: normalizeResource(o.kind ?? '') as Resource, namespace: o.metadata?.namespace ?? lab.setup.namespace, body: o, options: { fieldManager: 'podlab-lab-setup' } });
    if (isStatus(got)) problems.push(`setup.objects: ${o.kind} ${o.metadata?.name ?? ''}: ${got.message}`);
  }
  if (problems.length === 0 && lab.setup.advance > 0) await target.advance(lab.setup.advance);
  return problems;
}

/** Adds a setup node's extra labels and taints to its Node object (after the taints it has). */
function labelAndTaint(api: ApiClient | undefined, name: string, labels?: Record<string, string>, taints?: Taint[]): string | undefined {
  if (!api) return 'the machine has no cluster';
  const node = api.get<Node>({ resource: 'nodes', name });
  if (isStatus(node)) return node.message;
  const body: { metadata?: { labels: Record<string, string> }; spec?: { taints: Taint[] } } = {};
  if (labels) body.metadata = { labels };
  if (taints) body.spec = { taints: [...(node.spec?.taints ?? []), ...taints] };
  const got = api.patch({ resource: 'nodes', name, patchType: 'merge', body, options: { fieldManager: 'podlab-lab-setup' } });
  return isStatus(got) ? got.message : undefined;
}
