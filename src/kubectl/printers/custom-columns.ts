// `-o custom-columns=HEADER:path,...`: a header row, then one row per object where each cell is
// every value the path selects, joined by commas, or `<none>`.
// Models kubectl pkg/cmd/get/customcolumn.go (NewCustomColumnsPrinterFromSpec, printOneObject).

import { goSprint } from './go-format.ts';
import { findResults, relaxedJsonPathExpression } from './jsonpath.ts';
import { JsonPathSyntaxError } from './jsonpath-parse.ts';
import { TABLE_TABWRITER, tabwrite } from './tabwriter.ts';

export interface CustomColumn {
  header: string;
  /** A braced JSONPath template such as `{.metadata.name}`. */
  template: string;
}

export type ParsedColumns = { ok: true; columns: CustomColumn[] } | { ok: false; error: string };

/** Parses `NAME:.metadata.name,STATUS:.status.phase`. */
export function parseCustomColumnsSpec(spec: string): ParsedColumns {
  if (spec.length === 0) return { ok: false, error: 'custom-columns format specified but no custom columns given' };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(',')) {
    const colon = part.split(':');
    if (colon.length !== 2) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const relaxed = relaxedJsonPathExpression(colon[1]);
    if (!relaxed.ok) return relaxed;
    columns.push({ header: colon[0], template: relaxed.template });
  }
  return { ok: true, columns };
}

/** The cells of one object's row. */
export function customColumnCells(columns: CustomColumn[], object: unknown): string[] {
  return columns.map((column) => {
    let groups: unknown[][];
    try {
      groups = findResults(column.template, object);
    } catch (e) {
      if (e instanceof JsonPathSyntaxError) throw e;
      groups = [];
    }
    const values = groups.flat().filter((v) => v !== undefined);
    if (groups.length === 0 || groups[0].length === 0) return ['<none>', ...values.map(goSprint)].join(',');
    return values.map(goSprint).join(',');
  });
}

/** The whole aligned output for a list of objects. */
export function printCustomColumns(columns: CustomColumn[], objects: readonly unknown[], options: { noHeaders?: boolean } = {}): string {
  let text = options.noHeaders ? '' : columns.map((c) => c.header).join('\t') + '\n';
  for (const object of objects) text += customColumnCells(columns, object).join('\t') + '\n';
  return tabwrite(text, TABLE_TABWRITER);
}
