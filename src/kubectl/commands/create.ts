// kubectl create -f: creates each object of the files in order; errors name their file and the
// remaining objects are still attempted.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create.go (RunCreate).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Command } from '../cli/command.ts';
import { statusText } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { typeForKind } from '../resource-types.ts';
import { createConfigMapCommand, createDeploymentCommand, createNamespaceCommand, createServiceAccountCommand } from './create-generators.ts';
import { createSecretCommand } from './create-secret.ts';
import { FILENAME_FLAGS } from './get.ts';
import { namespaceFor, printWritten, WRITE_FLAGS, writeEachManifest } from './write-flags.ts';
import { withLastApplied } from '../apply/last-applied.ts';

export const createCommand: Command = {
  name: 'create',
  flags: [...FILENAME_FLAGS, ...WRITE_FLAGS, { name: 'save-config', type: 'bool' }, { name: 'edit', type: 'bool' }, { name: 'selector', shorthand: 'l', type: 'string' }, { name: 'raw', type: 'string' }, { name: 'windows-line-endings', type: 'bool' }],
  subcommands: [createDeploymentCommand, createConfigMapCommand, createNamespaceCommand, createSecretCommand, createServiceAccountCommand],
  run(inv) {
    return writeEachManifest(inv, 'create', ({ source, object }, { dryRun, validation, format }) => {
      const type = typeForKind(object.kind ?? '', object.apiVersion);
      if (!type || !type.served) {
        return `error: resource mapping not found for name: "${object.metadata?.name ?? ''}" namespace: "${object.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`;
      }
      const namespace = namespaceFor(inv, object, type.namespaced);
      let body: KubeObject = { ...object, metadata: { ...object.metadata, ...(namespace ? { namespace } : {}) } };
      if (inv.flags.bool('save-config')) body = withLastApplied(body);
      if (dryRun === 'client') {
        printWritten(inv, body, 'created', dryRun, format);
        return undefined;
      }
      const warnings: string[] = [];
      const created = inv.cluster.api.create({
        resource: type.served, namespace, body,
        options: { fieldManager: inv.flags.string('field-manager', 'kubectl-create'), fieldValidation: validation, warnings, dryRun: dryRun === 'server' ? 'All' : undefined },
      });
      for (const w of warnings) inv.err(`Warning: ${w}\n`);
      if (isStatus(created)) {
        return statusText(created, { verb: 'creating', file: source });
      }
      printWritten(inv, created, 'created', dryRun, format);
      return undefined;
    });
  },
};
