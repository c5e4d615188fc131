// kubectl label and kubectl annotate: `key=value` sets, `key-` removes, --overwrite guards
// existing values, targets by name, -l or --all.
// Models staging/src/k8s.io/kubectl/pkg/cmd/label/label.go and annotate/annotate.go.

import type { KubeObject } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { getObject, isStatus, listObjects } from '../fetch.ts';
import { parseResourceArgs } from '../resource-args.ts';
import type { ResourceType } from '../resource-types.ts';
import { dryRunStrategy, printWritten, WRITE_FLAGS, writeOutputFormat } from './write-flags.ts';

type Field = 'labels' | 'annotations';

function makeCommand(name: 'label' | 'annotate', field: Field): Command {
  const noun = field === 'labels' ? 'label' : 'annotation';
  return {
    name,
    flags: [
      ...WRITE_FLAGS,
      { name: 'overwrite', type: 'bool' },
      { name: 'all', type: 'bool' },
      { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
      { name: 'selector', shorthand: 'l', type: 'string' },
      { name: 'field-selector', type: 'string' },
      { name: 'list', type: 'bool' },
      { name: 'local', type: 'bool' },
      { name: 'resource-version', type: 'string' },
      { name: 'filename', shorthand: 'f', type: 'stringSlice' },
      { name: 'recursive', shorthand: 'R', type: 'bool' },
    ],
    async run(inv) {
      const changes = inv.args.filter((a) => a.includes('=') || (a.endsWith('-') && !a.includes('/')));
      const resources = inv.args.filter((a) => !changes.includes(a));
      if (resources.length === 0) throw usageError(inv.commandPath, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
      const set: Record<string, string> = {};
      const remove: string[] = [];
      for (const c of changes) {
        if (c.includes('=')) {
          const eq = c.indexOf('=');
          if (eq === 0) throw new CliError(`error: invalid ${noun} spec: ${c}`);
          set[c.slice(0, eq)] = c.slice(eq + 1);
        } else {
          remove.push(c.slice(0, -1));
        }
      }
      if (!inv.flags.bool('list') && changes.length === 0) throw usageError(inv.commandPath, `at least one ${noun} update is required`);
      const dryRun = dryRunStrategy(inv);
      const format = writeOutputFormat(inv);
      const errors: string[] = [];
      for (const { type, object } of targets(inv, resources, errors)) {
        const current = { ...(object.metadata[field] ?? {}) };
        if (inv.flags.bool('list')) {
          for (const [k, v] of Object.entries(current)) inv.out(`${k}=${v}\n`);
          continue;
        }
        if (!inv.flags.bool('overwrite')) {
          const clash = Object.keys(set).find((k) => k in current && current[k] !== set[k]);
          if (clash) {
            errors.push(`error: '${clash}' already has a value (${current[clash]}), and --overwrite is false`);
            continue;
          }
        }
        const next = { ...current, ...set };
        for (const k of remove) {
          if (!(k in next)) inv.out(`${noun} "${k}" not found.\n`);
          delete next[k];
        }
        const changed = JSON.stringify(next) !== JSON.stringify(current);
        const verb = field === 'labels' ? labelMessage(current, next, inv.flags.bool('overwrite')) : 'annotated';
        if (dryRun === 'client' || !changed) {
          printWritten(inv, { ...object, metadata: { ...object.metadata, [field]: next } }, verb, dryRun, format);
          continue;
        }
        const patch: Record<string, string | null> = { ...set };
        for (const k of remove) patch[k] = null;
        const updated = inv.cluster.api.patch({
          resource: type.served!, namespace: type.namespaced ? object.metadata.namespace : undefined, name: object.metadata.name ?? '',
          patchType: 'merge', body: { metadata: { [field]: patch } },
          options: { fieldManager: `kubectl-${name}`, dryRun: dryRun === 'server' ? 'All' : undefined },
        });
        if (isStatus(updated)) {
          errors.push(statusText(updated));
          continue;
        }
        printWritten(inv, updated, verb, dryRun, format);
      }
      if (errors.length > 0) throw new CliError(errors.join('\n'));
      return 0;
    },
  };
}

/** labeled, unlabeled (the object got shorter without --overwrite) or not labeled. */
// Models updateDataChangeMsg in staging/src/k8s.io/kubectl/pkg/cmd/label/label.go, which compares
// the serialized objects; only the labels differ here, so comparing them gives the same answer.
function labelMessage(old: Record<string, string>, next: Record<string, string>, overwrite: boolean): string {
  const before = JSON.stringify(old);
  const after = JSON.stringify(next);
  if (before === after) return 'not labeled';
  return !overwrite && after.length < before.length ? 'unlabeled' : 'labeled';
}

function targets(inv: Invocation, resources: string[], errors: string[]): { type: ResourceType; object: KubeObject }[] {
  const parsed = parseResourceArgs(resources);
  const selector = inv.flags.string('selector');
  const out: { type: ResourceType; object: KubeObject }[] = [];
  for (const req of parsed.requests) {
    if (req.name === undefined) {
      if (!selector && !inv.flags.bool('all') && !inv.flags.string('field-selector')) {
        throw new CliError('error: resource(s) were provided, but no name was specified');
      }
      const list = listObjects(inv.cluster.api, req.type, inv.flags.bool('all-namespaces') ? undefined : inv.namespace, { labelSelector: selector, fieldSelector: inv.flags.string('field-selector') });
      if (isStatus(list)) errors.push(statusText(list));
      else out.push(...list.map((object) => ({ type: req.type, object })));
      continue;
    }
    const got = getObject(inv.cluster.api, req.type, inv.namespace, req.name);
    if (isStatus(got)) errors.push(statusText(got));
    else out.push({ type: req.type, object: got });
  }
  return out;
}

export const labelCommand = makeCommand('label', 'labels');
export const annotateCommand = makeCommand('annotate', 'annotations');
