// kubectl taint: update the taints of one or more nodes, by name, -l or --all. Resources come
// first, then taint changes; a taint with the same key and effect is replaced only with
// --overwrite.
// Models staging/src/k8s.io/kubectl/pkg/cmd/taint/taint.go

import type { KubeObject, Node } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { getObject, isStatus, listObjects } from '../fetch.ts';
import { resolveType } from '../resource-args.ts';
import type { ResourceType } from '../resource-types.ts';
import { alreadyTainted, conflictingTaints, isTaintArg, parseTaints, reorganizeTaints } from './taint-spec.ts';
import { dryRunStrategy, printWritten, WRITE_FLAGS, writeOutputFormat } from './write-flags.ts';

export const taintCommand: Command = {
  name: 'taint',
  flags: [
    ...WRITE_FLAGS,
    { name: 'overwrite', type: 'bool' },
    { name: 'all', type: 'bool' },
    { name: 'selector', shorthand: 'l', type: 'string' },
  ],
  async run(inv) {
    const resources: string[] = [];
    const changes: string[] = [];
    for (const arg of inv.args) {
      if (isTaintArg(arg)) changes.push(arg);
      else if (changes.length > 0) throw new CliError(`error: all resources must be specified before taint changes: ${arg}`);
      else resources.push(arg);
    }
    if (resources.length === 0) throw new CliError('error: one or more resources must be specified as <resource> <name>');
    if (changes.length === 0) throw new CliError('error: at least one taint update is required');
    const parsed = parseTaints(changes);
    if ('error' in parsed) throw usageError(inv.commandPath, parsed.error);
    const type = resolveType(resources[0].toLowerCase());
    if (type.kind !== 'Node') throw new CliError(`error: invalid resource type ${resources[0].toLowerCase()}, only node types are supported`);
    const conflicts = conflictingTaints(parsed.add, parsed.remove);
    if (conflicts.length > 0) throw new CliError(`error: can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`);
    const selector = inv.flags.string('selector');
    const all = inv.flags.bool('all');
    if (all && selector) throw new CliError("error: setting 'all' parameter with a non empty selector is prohibited");
    if (!all && !selector && resources.length < 2) throw new CliError("error: at least one resource name must be specified since 'all' parameter is not set");

    const dryRun = dryRunStrategy(inv);
    const format = writeOutputFormat(inv);
    const overwrite = inv.flags.bool('overwrite');
    for (const object of nodes(inv, type, resources.slice(1), selector, all)) {
      const node = object as Node;
      const old = node.spec?.taints ?? [];
      if (!overwrite) {
        const exists = alreadyTainted(old, parsed.add);
        if (exists) throw new CliError(`error: node ${node.metadata.name} already has ${exists} taint(s) with same effect(s) and --overwrite is false`);
      }
      const { operation, taints, errors } = reorganizeTaints(old, overwrite, parsed.add, parsed.remove);
      if (errors.length > 0) throw new CliError(`error: ${errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`}`);
      const { taints: _old, ...rest } = node.spec ?? {};
      const spec = taints.length === 0 ? rest : { ...rest, taints };
      if (dryRun === 'client') {
        printWritten(inv, { ...node, spec } as KubeObject, operation, dryRun, format);
        continue;
      }
      const updated = inv.cluster.api.patch({
        resource: 'nodes', name: node.metadata.name ?? '', patchType: 'merge',
        body: { spec: { taints: taints.length === 0 ? null : taints } },
        options: { fieldManager: inv.flags.string('field-manager') || 'kubectl-taint', dryRun: dryRun === 'server' ? 'All' : undefined },
      });
      if (isStatus(updated)) throw new CliError(statusText(updated));
      printWritten(inv, updated, operation, dryRun, format);
    }
    return 0;
  },
};

function nodes(inv: Invocation, type: ResourceType, names: string[], selector: string, all: boolean): KubeObject[] {
  if (selector || all) {
    const list = listObjects(inv.cluster.api, type, undefined, { labelSelector: selector || undefined });
    if (isStatus(list)) throw new CliError(statusText(list));
    return list;
  }
  return names.map((name) => {
    const got = getObject(inv.cluster.api, type, inv.namespace, name);
    if (isStatus(got)) throw new CliError(statusText(got));
    return got;
  });
}
