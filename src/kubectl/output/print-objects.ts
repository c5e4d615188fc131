// Prints objects in a non-table format: yaml, json, name, jsonpath, custom-columns, go-template.
// Several objects (or a query that could match several) print as one v1 List.
// Models staging/src/k8s.io/cli-runtime/pkg/printers (json.go, yaml.go, name.go, jsonpath.go,
// template.go) and kubectl pkg/cmd/get/customcolumn.go.

import type { KubeObject } from '../../sim/api/types.ts';
import { CliError } from '../cli/errors.ts';
import { parseCustomColumnsSpec, printCustomColumns } from '../printers/custom-columns.ts';
import { executeGoTemplate } from '../printers/go-template.ts';
import { executeJsonPath, findResults } from '../printers/jsonpath.ts';
import { printName } from '../printers/name.ts';
import { printJson, printYaml, printableObject } from '../printers/yaml-json.ts';
import type { OutputFormat } from './output-format.ts';

export interface PrintOptions {
  /** Print a List even for one object (a list or selector query). */
  asList: boolean;
  /** Objects kubectl built itself keep their field order in JSON. */
  keepOrder?: boolean;
  noHeaders?: boolean;
  /** For -o name after a write: `pod/x created`. */
  operation?: string;
}

/** The text for `objects`; throws CliError for template errors. */
export function printObjects(objects: readonly KubeObject[], format: Exclude<OutputFormat, { kind: 'table' }>, options: PrintOptions): string {
  switch (format.kind) {
    case 'yaml':
      return printYaml(printableObject(objects, options.asList));
    case 'json':
      return printJson(printableObject(objects, options.asList), { keepOrder: options.keepOrder });
    case 'name':
      return objects.map((o) => printName(o, options.operation)).join('');
    case 'jsonpath': {
      const data = printableObject(objects, options.asList);
      if (format.asJson) return jsonpathAsJson(format.template, data);
      const result = executeJsonPath(format.template, data);
      if (!result.ok) throw jsonpathError(format.template, result.error);
      return result.output;
    }
    case 'custom-columns': {
      const parsed = parseCustomColumnsSpec(format.spec);
      if (!parsed.ok) throw new CliError(`error: ${parsed.error}`);
      try {
        return printCustomColumns(parsed.columns, objects, { noHeaders: options.noHeaders });
      } catch (e) {
        throw new CliError(`error: ${(e as Error).message}`);
      }
    }
    case 'go-template': {
      const result = executeGoTemplate(format.template, printableObject(objects, options.asList));
      if (!result.ok) throw new CliError(`error: ${result.error}`);
      return result.output;
    }
  }
}

function jsonpathError(template: string, error: string): CliError {
  return new CliError(error.startsWith('error parsing') ? `error: ${error}` : `error: error executing jsonpath "${template}": ${error}`);
}

function jsonpathAsJson(template: string, data: unknown): string {
  try {
    const groups = findResults(template, data);
    return printJson(groups.flat().filter((v) => v !== undefined));
  } catch (e) {
    throw jsonpathError(template, (e as Error).message);
  }
}

/** Drops metadata.managedFields unless --show-managed-fields, as kubectl's printers do. */
export function withoutManagedFields<T extends KubeObject>(object: T): T {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _dropped, ...metadata } = object.metadata;
  return { ...object, metadata };
}
