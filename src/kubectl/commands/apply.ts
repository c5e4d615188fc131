// kubectl apply -f (client-side apply): creates what is missing with the last-applied
// annotation; otherwise merges the new configuration into the live object three ways and
// reports `configured` or `unchanged`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go (applyOneObject) and patcher.go.

import type { KubeObject } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { statusText } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { qualifiedResource, typeForKind } from '../resource-types.ts';
import { LAST_APPLIED, lastApplied, withLastApplied } from '../apply/last-applied.ts';
import { sameJson, threeWayMerge } from '../apply/three-way-merge.ts';
import { FILENAME_FLAGS } from './get.ts';
import { namespaceFor, printWritten, WRITE_FLAGS, type DryRun, writeEachManifest } from './write-flags.ts';
import type { OutputFormat } from '../output/output-format.ts';

export const applyCommand: Command = {
  name: 'apply',
  flags: [
    ...FILENAME_FLAGS, ...WRITE_FLAGS,
    { name: 'selector', shorthand: 'l', type: 'string' },
    { name: 'prune', type: 'bool' },
    { name: 'all', type: 'bool' },
    { name: 'force', type: 'bool' },
    { name: 'overwrite', type: 'bool' },
    { name: 'server-side', type: 'bool' },
    { name: 'force-conflicts', type: 'bool' },
    { name: 'grace-period', type: 'int' },
    { name: 'timeout', type: 'string' },
    { name: 'wait', type: 'bool' },
    { name: 'cascade', type: 'string', noOptDefault: 'background' },
    { name: 'record', type: 'bool' },
  ],
  run(inv) {
    return writeEachManifest(inv, 'apply', ({ source, object }, settings) => applyOne(inv, source, object, settings));
  },
};

interface ApplyOptions {
  dryRun: DryRun;
  validation: 'Strict' | 'Warn' | 'Ignore';
  format: OutputFormat;
}

function applyOne(inv: Invocation, source: string, object: KubeObject, options: ApplyOptions): string | undefined {
  const { dryRun, format } = options;
  const type = typeForKind(object.kind ?? '', object.apiVersion);
  if (!type || !type.served) {
    return `error: resource mapping not found for name: "${object.metadata?.name ?? ''}" namespace: "${object.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`;
  }
  const namespace = namespaceFor(inv, object, type.namespaced);
  const config: KubeObject = { ...object, metadata: { ...(object.metadata ?? {}), ...(namespace ? { namespace } : {}) } };
  const name = config.metadata.name;
  if (!name) return `error: error when retrieving current configuration of:\nResource: "${qualifiedResource(type)}", GroupVersionKind: "/${type.version}, Kind=${type.kind}"\nName: "", Namespace: "${namespace ?? ''}"\nfrom server for: "${source}": resource name may not be empty`;
  const modified = withLastApplied(config);
  const writeOptions = {
    fieldValidation: options.validation,
    dryRun: dryRun === 'server' ? ('All' as const) : undefined,
    warnings: [] as string[],
  };
  const current = inv.cluster.api.get({ resource: type.served, namespace, name });
  if (isStatus(current)) {
    if (current.reason !== 'NotFound') return statusText(current, { verb: 'retrieving current configuration of', file: source });
    if (dryRun === 'client') {
      printWritten(inv, modified, 'created', dryRun, format);
      return undefined;
    }
    const created = inv.cluster.api.create({ resource: type.served, namespace, body: modified, options: { ...writeOptions, fieldManager: inv.flags.string('field-manager', 'kubectl-client-side-apply') } });
    for (const w of writeOptions.warnings) inv.err(`Warning: ${w}\n`);
    if (isStatus(created)) return statusText(created, { verb: 'creating', file: source });
    printWritten(inv, created, 'created', dryRun, format);
    return undefined;
  }
  const original = lastApplied(current);
  if (!current.metadata.annotations?.[LAST_APPLIED] && dryRun !== 'client') {
    inv.err(
      `Warning: resource ${qualifiedResource(type)}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
    );
  }
  const desired = threeWayMerge(current, original, modified) as KubeObject;
  if (sameJson(desired, current)) {
    if (format.kind === 'table') printWritten(inv, current, 'unchanged', dryRun, format);
    else printWritten(inv, current, 'unchanged', dryRun, format);
    return undefined;
  }
  if (dryRun === 'client') {
    printWritten(inv, desired, 'configured', dryRun, format);
    return undefined;
  }
  const updated = inv.cluster.api.update({ resource: type.served, namespace, name, body: desired, options: { ...writeOptions, fieldManager: inv.flags.string('field-manager', 'kubectl-client-side-apply') } });
  for (const w of writeOptions.warnings) inv.err(`Warning: ${w}\n`);
  if (isStatus(updated)) return statusText(updated, { verb: 'applying patch:\n' + JSON.stringify(modified) + '\nto:\n', file: source });
  printWritten(inv, updated, 'configured', dryRun, format);
  return undefined;
}
