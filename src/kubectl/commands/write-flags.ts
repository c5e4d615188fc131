// Flags shared by the commands that write objects: --dry-run, --validate, --field-manager, -o,
// and the namespace an object from a file is written to.
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go (GetDryRunStrategy, GetValidationDirective).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Invocation } from '../cli/command.ts';
import { CliError, usageError } from '../cli/errors.ts';
import { readManifests, type SourcedObject } from '../manifest/read-files.ts';
import type { FlagSpec } from '../cli/flags.ts';
import { parseOutputFormat, WRITE_FORMATS, type OutputFormat } from '../output/output-format.ts';
import { printObjects, withoutManagedFields } from '../output/print-objects.ts';
import { printName } from '../printers/name.ts';

export type DryRun = 'none' | 'client' | 'server';

export const WRITE_FLAGS: FlagSpec[] = [
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
  { name: 'validate', type: 'string', noOptDefault: 'strict' },
  { name: 'field-manager', type: 'string' },
  { name: 'output', shorthand: 'o', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
];

export function dryRunStrategy(inv: Invocation): DryRun {
  const value = inv.flags.string('dry-run', 'none');
  if (value === 'unchanged') {
    throw new CliError('error: --dry-run flag without a value was specified. A value must be set: "none", "server", or "client".');
  }
  if (value === 'client' || value === 'server' || value === 'none') return value;
  throw new CliError(`error: Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
}

export function fieldValidation(inv: Invocation): 'Strict' | 'Warn' | 'Ignore' {
  const value = inv.flags.string('validate', 'strict').toLowerCase();
  if (value === 'strict' || value === 'true') return 'Strict';
  if (value === 'warn') return 'Warn';
  if (value === 'ignore' || value === 'false') return 'Ignore';
  throw new CliError(`error: invalid - validate option "${inv.flags.string('validate')}"; must be one of: strict (or true), warn, ignore (or false)`);
}

export function writeOutputFormat(inv: Invocation): OutputFormat {
  return parseOutputFormat(inv.flags.string('output'), WRITE_FORMATS, (p) => {
    try {
      return inv.ctx.fs.readFile(inv.ctx.resolve(p), inv.ctx.cred);
    } catch {
      return undefined;
    }
  }, inv.flags.string('template'));
}

/** Fills metadata.namespace for a namespaced object, refusing one that contradicts --namespace. */
export function namespaceFor(inv: Invocation, object: KubeObject, namespaced: boolean): string | undefined {
  if (!namespaced) return undefined;
  const own = object.metadata?.namespace;
  if (own && inv.namespaceExplicit && own !== inv.namespace) {
    throw new CliError(`error: the namespace from the provided object "${own}" does not match the namespace "${inv.namespace}". You must pass '--namespace=${own}' to perform this operation.`);
  }
  return own || inv.namespace;
}

/** What a write prints: `pod/x created` (with the dry-run suffix), or the object in -o format. */
export function printWritten(inv: Invocation, object: KubeObject, operation: string, dryRun: DryRun, format: OutputFormat, keepOrder = false): void {
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  if (format.kind === 'table') {
    inv.out(printName(object, operation + suffix));
    return;
  }
  const shown = inv.flags.bool('show-managed-fields') ? object : withoutManagedFields(object);
  inv.out(printObjects([shown], format, { asList: false, keepOrder }));
}

export interface WriteSettings {
  dryRun: DryRun;
  validation: 'Strict' | 'Warn' | 'Ignore';
  format: OutputFormat;
}

/**
 * apply/create -f: reads every manifest the -f flags name, writes each with `one`, and fails at
 * the end with every object's error, as kubectl reports them all rather than stopping at the first.
 */
export async function writeEachManifest(inv: Invocation, verb: string, one: (item: SourcedObject, settings: WriteSettings) => string | undefined): Promise<number> {
  const files = inv.flags.list('filename');
  if (files.length === 0) throw usageError(inv.commandPath, 'must specify one of -f and -k');
  const settings: WriteSettings = { dryRun: dryRunStrategy(inv), validation: fieldValidation(inv), format: writeOutputFormat(inv) };
  const items = await readManifests(inv, files, inv.flags.bool('recursive'), settings.validation !== 'Ignore');
  if (items.length === 0) throw new CliError(`error: no objects passed to ${verb}`);
  const errors: string[] = [];
  for (const item of items) {
    const error = one(item, settings);
    if (error) errors.push(error);
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}
