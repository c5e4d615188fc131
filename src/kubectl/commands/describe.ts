// kubectl describe: one object by name (falling back to every object whose name starts with
// it), all objects of a type, or those a selector picks, each with its events.
// Models staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go (Run, DescribeMatchingResources).

import type { Event, KubeObject, Node, Pod } from '../../sim/api/types.ts';
import { describeNode } from '../printers/describe-node.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { getObject, isStatus, listObjects } from '../fetch.ts';
import { readManifests } from '../manifest/read-files.ts';
import { describePod, joinDescriptions } from '../printers/describe-pod.ts';
import { parseResourceArgs } from '../resource-args.ts';
import { typeForKind, type ResourceType } from '../resource-types.ts';
import { FILENAME_FLAGS } from './get.ts';
import { describeGeneric } from './describe-generic.ts';

export const describeCommand: Command = {
  name: 'describe',
  flags: [
    ...FILENAME_FLAGS,
    { name: 'selector', shorthand: 'l', type: 'string' },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
    { name: 'show-events', type: 'bool' },
    { name: 'chunk-size', type: 'int' },
  ],
  async run(inv) {
    const files = inv.flags.list('filename');
    if (inv.args.length === 0 && files.length === 0) {
      inv.err('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
      throw usageError(inv.commandPath, 'Required resource not specified.');
    }
    const allNamespaces = inv.flags.bool('all-namespaces');
    const selector = inv.flags.string('selector');
    const targets: { type: ResourceType; object: KubeObject }[] = [];
    const errors: string[] = [];
    if (files.length > 0) {
      for (const item of await readManifests(inv, files, inv.flags.bool('recursive'))) {
        const type = typeForKind(item.object.kind ?? '', item.object.apiVersion);
        if (!type) continue;
        const got = getObject(inv.cluster.api, type, item.object.metadata?.namespace || inv.namespace, item.object.metadata?.name ?? '');
        if (isStatus(got)) errors.push(statusText(got));
        else targets.push({ type, object: got });
      }
    } else {
      const parsed = parseResourceArgs(inv.args);
      for (const req of parsed.requests) {
        if (req.name === undefined) {
          const list = listObjects(inv.cluster.api, req.type, allNamespaces ? undefined : inv.namespace, { labelSelector: selector });
          if (isStatus(list)) errors.push(statusText(list));
          else targets.push(...list.map((object) => ({ type: req.type, object })));
          continue;
        }
        const got = getObject(inv.cluster.api, req.type, inv.namespace, req.name);
        if (!isStatus(got)) {
          targets.push({ type: req.type, object: got });
          continue;
        }
        // describe falls back to every object whose name starts with the one given.
        const list = listObjects(inv.cluster.api, req.type, inv.namespace, { labelSelector: selector });
        const prefixed = isStatus(list) ? [] : list.filter((o) => (o.metadata.name ?? '').startsWith(req.name!));
        if (prefixed.length === 0) errors.push(statusText(got));
        targets.push(...prefixed.map((object) => ({ type: req.type, object })));
      }
      if (targets.length === 0 && errors.length === 0) {
        inv.err(allNamespaces ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
        return 0;
      }
    }
    const texts: string[] = [];
    for (const t of targets) {
      const text = describeObject(inv, t.type, t.object);
      if (typeof text === 'string') texts.push(text);
      else errors.push(text.error);
    }
    if (texts.length > 0) inv.out(joinDescriptions(texts));
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};

function eventsFor(inv: Invocation, object: KubeObject): Event[] {
  if (!inv.flags.bool('show-events', true)) return [];
  const m = object.metadata;
  const fields = [`involvedObject.name=${m.name}`, `involvedObject.namespace=${m.namespace ?? ''}`, `involvedObject.kind=${object.kind}`];
  if (m.uid) fields.push(`involvedObject.uid=${m.uid}`);
  const list = inv.cluster.api.list<Event>({ resource: 'events', namespace: m.namespace || undefined, options: { fieldSelector: fields.join(',') } });
  return isStatus(list) ? [] : list.items;
}

function describeObject(inv: Invocation, type: ResourceType, object: KubeObject): string | { error: string } {
  const now = inv.ctx.now();
  switch (type.name) {
    case 'pods':
      return describePod(object as Pod, eventsFor(inv, object), now);
    case 'nodes': {
      const pods = inv.cluster.api.list<Pod>({
        resource: 'pods',
        options: { fieldSelector: `spec.nodeName=${object.metadata.name},status.phase!=Succeeded,status.phase!=Failed` },
      });
      return describeNode({ node: object as Node, pods: isStatus(pods) ? undefined : pods.items, events: eventsFor(inv, object) }, now);
    }
    default:
      return describeGeneric(object, eventsFor(inv, object), now);
  }
}
