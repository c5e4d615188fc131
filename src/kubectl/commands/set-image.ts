// kubectl set image: `CONTAINER=IMAGE` (or `*=IMAGE`) for the named objects' containers and
// init containers; `pod/x image updated`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/set/set_image.go.

import type { Pod } from '../../sim/api/types.ts';
import type { Command } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { getObject, isStatus } from '../fetch.ts';
import { printName } from '../printers/name.ts';
import { parseResourceArgs } from '../resource-args.ts';
import { dryRunStrategy, WRITE_FLAGS } from './write-flags.ts';

export const setImageCommand: Command = {
  name: 'image',
  flags: [...WRITE_FLAGS, { name: 'all', type: 'bool' }, { name: 'selector', shorthand: 'l', type: 'string' }, { name: 'local', type: 'bool' }, { name: 'filename', shorthand: 'f', type: 'stringSlice' }],
  async run(inv) {
    const pairs = inv.args.filter((a) => a.includes('='));
    const resources = inv.args.filter((a) => !a.includes('='));
    if (resources.length === 0) throw usageError(inv.commandPath, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
    if (pairs.length === 0) throw usageError(inv.commandPath, 'at least one image update is required');
    const images = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
    const dryRun = dryRunStrategy(inv);
    const errors: string[] = [];
    for (const req of parseResourceArgs(resources).requests) {
      if (req.name === undefined) throw new CliError('error: resource(s) were provided, but no name was specified');
      const got = getObject(inv.cluster.api, req.type, inv.namespace, req.name);
      if (isStatus(got)) {
        errors.push(statusText(got));
        continue;
      }
      if (req.type.name !== 'pods') {
        errors.push(`error: ${req.type.name}/${req.name} the object is not a pod or does not have a pod template: *v1.${req.type.kind}`);
        continue;
      }
      const pod = got as Pod;
      const spec = structuredCopy(pod.spec);
      for (const [container, image] of images) {
        const all = [...spec.containers, ...(spec.initContainers ?? [])];
        const matched = container === '*' ? all : all.filter((c) => c.name === container);
        if (matched.length === 0) {
          errors.push(`error: unable to find container named "${container}"`);
          continue;
        }
        for (const c of matched) c.image = image;
      }
      if (errors.length > 0) continue;
      if (dryRun !== 'client') {
        const updated = inv.cluster.api.update({ resource: 'pods', namespace: inv.namespace, name: req.name, body: { ...pod, spec }, options: { fieldManager: 'kubectl-set', dryRun: dryRun === 'server' ? 'All' : undefined } });
        if (isStatus(updated)) {
          errors.push(statusText(updated));
          continue;
        }
      }
      inv.out(printName(pod, `image updated${dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''}`));
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const setCommand: Command = { name: 'set', flags: [], subcommands: [setImageCommand] };
