// kubectl create -f: creates each object of the files in order; errors name their file and the
// remaining objects are still attempted.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create.go (RunCreate).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Command } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { readManifests } from '../manifest/read-files.ts';
import { typeForKind } from '../resource-types.ts';
import { createConfigMapCommand, createDeploymentCommand, createNamespaceCommand, createServiceAccountCommand } from './create-generators.ts';
import { FILENAME_FLAGS } from './get.ts';
import { dryRunStrategy, fieldValidation, namespaceFor, printWritten, WRITE_FLAGS, writeOutputFormat } from './write-flags.ts';
import { withLastApplied } from '../apply/last-applied.ts';

export const createCommand: Command = {
  name: 'create',
  flags: [...FILENAME_FLAGS, ...WRITE_FLAGS, { name: 'save-config', type: 'bool' }, { name: 'edit', type: 'bool' }, { name: 'selector', shorthand: 'l', type: 'string' }, { name: 'raw', type: 'string' }, { name: 'windows-line-endings', type: 'bool' }],
  subcommands: [createDeploymentCommand, createConfigMapCommand, createNamespaceCommand, createServiceAccountCommand],
  async run(inv) {
    const files = inv.flags.list('filename');
    if (files.length === 0) throw usageError(inv.commandPath, 'must specify one of -f and -k');
    const dryRun = dryRunStrategy(inv);
    const validation = fieldValidation(inv);
    const format = writeOutputFormat(inv);
    const items = await readManifests(inv, files, inv.flags.bool('recursive'), validation !== 'Ignore');
    if (items.length === 0) throw new CliError('error: no objects passed to create');
    const errors: string[] = [];
    for (const { source, object } of items) {
      const type = typeForKind(object.kind ?? '', object.apiVersion);
      if (!type || !type.served) {
        errors.push(`error: resource mapping not found for name: "${object.metadata?.name ?? ''}" namespace: "${object.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`);
        continue;
      }
      const namespace = namespaceFor(inv, object, type.namespaced);
      let body: KubeObject = { ...object, metadata: { ...object.metadata, ...(namespace ? { namespace } : {}) } };
      if (inv.flags.bool('save-config')) body = withLastApplied(body);
      if (dryRun === 'client') {
        printWritten(inv, body, 'created', dryRun, format);
        continue;
      }
      const warnings: string[] = [];
      const created = inv.cluster.api.create({
        resource: type.served, namespace, body,
        options: { fieldManager: inv.flags.string('field-manager', 'kubectl-create'), fieldValidation: validation, warnings, dryRun: dryRun === 'server' ? 'All' : undefined },
      });
      for (const w of warnings) inv.err(`Warning: ${w}\n`);
      if (isStatus(created)) {
        errors.push(statusText(created, { verb: 'creating', file: source }));
        continue;
      }
      printWritten(inv, created, 'created', dryRun, format);
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
};
