// kubectl patch (strategic, merge or json patches given inline or from a file) and
// kubectl replace -f (with --force: delete, then create).
// Models staging/src/k8s.io/kubectl/pkg/cmd/patch/patch.go and replace/replace.go.

import { parse } from 'yaml';
import type { KubeObject } from '../../sim/api/types.ts';
import type { Command } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { getObject, isStatus } from '../fetch.ts';
import { readManifests } from '../manifest/read-files.ts';
import { printName } from '../printers/name.ts';
import { parseResourceArgs } from '../resource-args.ts';
import { typeForKind } from '../resource-types.ts';
import { sameJson } from '../apply/three-way-merge.ts';
import { FILENAME_FLAGS } from './get.ts';
import { dryRunStrategy, fieldValidation, namespaceFor, printWritten, WRITE_FLAGS, writeOutputFormat } from './write-flags.ts';
import { waitForDeletion } from './wait-delete.ts';

const PATCH_TYPES: Record<string, 'strategic' | 'merge' | 'json'> = { strategic: 'strategic', merge: 'merge', json: 'json' };

export const patchCommand: Command = {
  name: 'patch',
  flags: [...WRITE_FLAGS, ...FILENAME_FLAGS, { name: 'patch', shorthand: 'p', type: 'string' }, { name: 'patch-file', type: 'string' }, { name: 'type', type: 'string' }, { name: 'local', type: 'bool' }, { name: 'subresource', type: 'string' }],
  async run(inv) {
    const { flags } = inv;
    let text = flags.string('patch');
    if (flags.string('patch-file')) {
      try {
        text = inv.ctx.fs.readFile(inv.ctx.resolve(flags.string('patch-file')), inv.ctx.cred);
      } catch {
        throw new CliError(`error: unable to read patch file: open ${flags.string('patch-file')}: no such file or directory`);
      }
    }
    if (!text) throw usageError(inv.commandPath, 'Must specify --patch or --patch-file containing the contents of the patch');
    const type = PATCH_TYPES[flags.string('type', 'strategic')];
    if (!type) throw new CliError(`error: --type must be one of [json merge strategic], not "${flags.string('type')}"`);
    if (inv.args.length === 0) throw usageError(inv.commandPath, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      try {
        body = parse(text, { version: '1.1' });
      } catch (e) {
        throw new CliError(`error: unable to parse "${text}": yaml: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    const dryRun = dryRunStrategy(inv);
    const format = writeOutputFormat(inv);
    const errors: string[] = [];
    for (const req of parseResourceArgs(inv.args).requests) {
      if (req.name === undefined) throw new CliError('error: resource(s) were provided, but no name was specified');
      const before = getObject(inv.cluster.api, req.type, inv.namespace, req.name);
      if (isStatus(before)) {
        errors.push(statusText(before));
        continue;
      }
      const patched = inv.cluster.api.patch({
        resource: req.type.served!, namespace: req.type.namespaced ? inv.namespace : undefined, name: req.name, patchType: type, body,
        subresource: flags.string('subresource') === 'status' ? 'status' : undefined,
        options: { fieldManager: flags.string('field-manager', 'kubectl-patch'), dryRun: dryRun === 'none' ? undefined : 'All' },
      });
      if (isStatus(patched)) {
        errors.push(statusText(patched));
        continue;
      }
      const unchanged = sameJson(patched.metadata.resourceVersion, before.metadata.resourceVersion) && dryRun === 'none';
      printWritten(inv, patched, unchanged ? 'patched (no change)' : 'patched', dryRun, format);
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};

export const replaceCommand: Command = {
  name: 'replace',
  flags: [...WRITE_FLAGS, ...FILENAME_FLAGS, { name: 'force', type: 'bool' }, { name: 'grace-period', type: 'int' }, { name: 'timeout', type: 'string' }, { name: 'wait', type: 'bool' }, { name: 'cascade', type: 'string', noOptDefault: 'background' }, { name: 'save-config', type: 'bool' }, { name: 'raw', type: 'string' }, { name: 'subresource', type: 'string' }],
  async run(inv) {
    const files = inv.flags.list('filename');
    if (files.length === 0) throw usageError(inv.commandPath, 'must specify --filename to replace');
    const dryRun = dryRunStrategy(inv);
    const format = writeOutputFormat(inv);
    const validation = fieldValidation(inv);
    const errors: string[] = [];
    for (const { source, object } of await readManifests(inv, files, inv.flags.bool('recursive'), validation !== 'Ignore')) {
      const type = typeForKind(object.kind ?? '', object.apiVersion);
      if (!type?.served) {
        errors.push(`error: resource mapping not found for name: "${object.metadata?.name ?? ''}" namespace: "${object.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`);
        continue;
      }
      const namespace = namespaceFor(inv, object, type.namespaced);
      const name = object.metadata?.name ?? '';
      const body: KubeObject = { ...object, metadata: { ...object.metadata, ...(namespace ? { namespace } : {}) } };
      const options = { fieldManager: inv.flags.string('field-manager', 'kubectl-replace'), fieldValidation: validation, dryRun: dryRun === 'server' ? ('All' as const) : undefined };
      if (dryRun === 'client') {
        printWritten(inv, body, 'replaced', dryRun, format);
        continue;
      }
      if (inv.flags.bool('force')) {
        const current = inv.cluster.api.get({ resource: type.served, namespace, name });
        if (!isStatus(current)) {
          const grace = inv.flags.int('grace-period', -1);
          const deleted = inv.cluster.api.delete({ resource: type.served, namespace, name, options: { gracePeriodSeconds: grace >= 0 ? grace : undefined, force: grace === 0 } });
          if (isStatus(deleted)) {
            errors.push(statusText(deleted, { verb: 'deleting', file: source }));
            continue;
          }
          inv.out(`${type.kind.toLowerCase()} "${name}" deleted\n`);
          const waited = await waitForDeletion(inv, [{ type, object: current }], 7 * 24 * 3600_000);
          if (waited) {
            errors.push(waited);
            continue;
          }
        }
        const created = inv.cluster.api.create({ resource: type.served, namespace, body, options });
        if (isStatus(created)) errors.push(statusText(created, { verb: 'creating', file: source }));
        else inv.out(printName(created, 'replaced'));
        continue;
      }
      const replaced = inv.cluster.api.update({ resource: type.served, namespace, name, body, options });
      if (isStatus(replaced)) errors.push(statusText(replaced, { verb: 'replacing', file: source }));
      else printWritten(inv, replaced, 'replaced', dryRun, format);
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
