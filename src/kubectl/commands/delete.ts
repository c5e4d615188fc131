// kubectl delete: by name, -f, -l or --all; --grace-period, --now, --force (with its warning),
// and --wait (the default), which returns only once the objects are gone.
// Models staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go (Complete, DeleteResult, PrintObj).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText } from '../cli/errors.ts';
import { getObject, isStatus, listObjects } from '../fetch.ts';
import { readManifests } from '../manifest/read-files.ts';
import { parseResourceArgs } from '../resource-args.ts';
import { typeForKind, type ResourceType } from '../resource-types.ts';
import { durationFlagError, parseGoDuration } from '../duration-flag.ts';
import { FILENAME_FLAGS } from './get.ts';
import { waitForDeletion } from './wait-delete.ts';

const FORCE_WARNING = 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';
const NO_RESOURCES = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

export const deleteCommand: Command = {
  name: 'delete',
  flags: [
    ...FILENAME_FLAGS,
    { name: 'selector', shorthand: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
    { name: 'grace-period', type: 'int' },
    { name: 'force', type: 'bool' },
    { name: 'now', type: 'bool' },
    { name: 'wait', type: 'bool' },
    { name: 'timeout', type: 'string' },
    { name: 'ignore-not-found', type: 'bool' },
    { name: 'cascade', type: 'string', noOptDefault: 'background' },
    { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    { name: 'output', shorthand: 'o', type: 'string' },
    { name: 'interactive', shorthand: 'i', type: 'bool' },
    { name: 'raw', type: 'string' },
  ],
  async run(inv) {
    const { flags } = inv;
    let grace = flags.int('grace-period', -1);
    const force = flags.bool('force');
    if (flags.bool('now')) {
      if (grace !== -1) throw new CliError('error: --now and --grace-period cannot be specified together');
      grace = 1;
    }
    if (grace === 0 && !force) grace = 1;
    if (force && grace < 0) grace = 0;
    const dryRun = flags.string('dry-run', 'none');
    const timeoutText = flags.string('timeout', '0s');
    const timeout = parseGoDuration(timeoutText);
    if (timeout === undefined) throw new CliError(durationFlagError('timeout', timeoutText));

    const targets = await collectTargets(inv);
    if (targets.errors.length === 0 && targets.objects.length === 0) {
      if (targets.listed && !flags.bool('ignore-not-found')) inv.err('No resources found\n');
      return 0;
    }
    if (grace === 0 && force && dryRun === 'none') inv.err(FORCE_WARNING);
    const errors = [...targets.errors];
    const deleted: { type: ResourceType; object: KubeObject }[] = [];
    for (const { type, object } of targets.objects) {
      const name = object.metadata.name ?? '';
      const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
      if (dryRun !== 'client') {
        const result = inv.cluster.api.delete({
          resource: type.served!, namespace: type.namespaced ? object.metadata.namespace : undefined, name,
          options: { gracePeriodSeconds: grace >= 0 ? grace : undefined, force: force && grace === 0, dryRun: dryRun === 'server' ? 'All' : undefined },
        });
        if (isStatus(result)) {
          if (!(result.reason === 'NotFound' && flags.bool('ignore-not-found'))) errors.push(statusText(result));
          continue;
        }
      }
      const operation = grace === 0 && force ? 'force deleted' : 'deleted';
      inv.out(flags.string('output') === 'name' ? `${type.kind.toLowerCase()}/${name}\n` : `${type.kind.toLowerCase()} "${name}" ${operation}${suffix}\n`);
      deleted.push({ type, object });
    }
    if (flags.bool('wait', true) && dryRun === 'none' && deleted.length > 0) {
      const waited = await waitForDeletion(inv, deleted, timeout === 0 ? 7 * 24 * 3600_000 : timeout);
      if (waited) errors.push(waited);
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};

async function collectTargets(inv: Invocation): Promise<{ objects: { type: ResourceType; object: KubeObject }[]; errors: string[]; listed: boolean }> {
  const { flags } = inv;
  const objects: { type: ResourceType; object: KubeObject }[] = [];
  const errors: string[] = [];
  const files = flags.list('filename');
  if (files.length > 0) {
    for (const { source, object } of await readManifests(inv, files, flags.bool('recursive'))) {
      const type = typeForKind(object.kind ?? '', object.apiVersion);
      if (!type) continue;
      const got = getObject(inv.cluster.api, type, object.metadata?.namespace || inv.namespace, object.metadata?.name ?? '');
      if (!isStatus(got)) objects.push({ type, object: got });
      else if (!(got.reason === 'NotFound' && flags.bool('ignore-not-found'))) errors.push(statusText(got, { verb: 'deleting', file: source }));
    }
    return { objects, errors, listed: false };
  }
  if (inv.args.length === 0) throw new CliError(NO_RESOURCES);
  const selector = flags.string('selector');
  const fieldSelector = flags.string('field-selector');
  const all = flags.bool('all');
  const parsed = parseResourceArgs(inv.args);
  const byName = parsed.requests.filter((r) => r.name !== undefined);
  if (byName.length === 0 && !selector && !all && !fieldSelector) {
    throw new CliError('error: resource(s) were provided, but no name was specified');
  }
  if (byName.length > 0 && (selector || all)) throw new CliError('error: name cannot be provided when a selector is specified');
  const namespace = flags.bool('all-namespaces') ? undefined : inv.namespace;
  for (const req of parsed.requests) {
    if (req.name === undefined) {
      const list = listObjects(inv.cluster.api, req.type, namespace, { labelSelector: selector, fieldSelector });
      if (isStatus(list)) errors.push(statusText(list));
      else objects.push(...list.map((object) => ({ type: req.type, object })));
      continue;
    }
    const got = getObject(inv.cluster.api, req.type, inv.namespace, req.name);
    if (isStatus(got)) {
      if (!(got.reason === 'NotFound' && flags.bool('ignore-not-found'))) errors.push(statusText(got));
    } else objects.push({ type: req.type, object: got });
  }
  return { objects, errors, listed: byName.length === 0 };
}
