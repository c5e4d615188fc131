// Renders a Table as `kubectl get` prints it: upper-cased headers, optional NAMESPACE, `kind/`
// name prefix, `-L` label columns and `--show-labels`, aligned by the table tabwriter.
// Models staging/src/k8s.io/cli-runtime/pkg/printers/tableprinter.go (decorateTable, printRows).

import { escapeTerminal } from './escape-terminal.ts';
import type { Table } from './table.ts';
import { TABLE_TABWRITER, tabwrite } from './tabwriter.ts';

export interface TableOptions {
  /** `-o wide`: also columns of priority > 0. */
  wide?: boolean;
  noHeaders?: boolean;
  /** `-A` / several namespaces: a NAMESPACE column first. */
  withNamespace?: boolean;
  /** Prefix names with `kind/` (lower case, with group if any), as when several kinds are printed. */
  withKind?: string;
  /** `-L key1,key2`: one column per label key. */
  labelColumns?: string[];
  /** `--show-labels`. */
  showLabels?: boolean;
}

/** The header and row lines of a table, unaligned (cells separated by tabs, lines by newlines). */
export function tableLines(table: Table, options: TableOptions = {}): string {
  const visible = table.columnDefinitions.map((c, i) => ({ c, i })).filter(({ c }) => options.wide || c.priority === 0);
  const labelColumns = options.labelColumns ?? [];
  let text = '';
  if (!options.noHeaders) {
    const headers: string[] = [];
    if (options.withNamespace) headers.push('NAMESPACE');
    for (const { c } of visible) headers.push(c.name.toUpperCase());
    for (const key of labelColumns) headers.push(labelHeader(key));
    if (options.showLabels) headers.push('LABELS');
    text += headers.join('\t') + '\n';
  }
  for (const row of table.rows) {
    const cells: string[] = [];
    if (options.withNamespace) cells.push(row.object.metadata.namespace ?? '');
    visible.forEach(({ i }, n) => {
      const cell = printableCell(row.cells[i]);
      cells.push(n === 0 && options.withKind ? `${options.withKind}/${cell}` : cell);
    });
    const labels = row.object.metadata.labels ?? {};
    for (const key of labelColumns) cells.push(labels[key] ?? '');
    if (options.showLabels) cells.push(formatLabels(labels));
    text += cells.join('\t') + '\n';
  }
  return text;
}

/** A table aligned for the terminal. */
export function renderTable(table: Table, options: TableOptions = {}): string {
  return tabwrite(tableLines(table, options), TABLE_TABWRITER);
}

/** `-L app.kubernetes.io/name` is headed NAME: the last path segment, upper-cased. */
function labelHeader(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1].toUpperCase();
}

/** labels.FormatLabels: `k=v,k2=v2` sorted by key, or `<none>`. */
export function formatLabels(labels: Record<string, string>): string {
  const keys = Object.keys(labels).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels[k]}`).join(',');
}

/** A multi-line cell shows its first line and `...`. */
function printableCell(cell: string | number | undefined): string {
  const text = cell === undefined ? '' : String(cell);
  const cut = text.search(/[\f\n\r]/);
  const shown = cut >= 0 ? text.slice(0, cut) : text;
  return escapeTerminal(shown) + (cut >= 0 ? '...' : '');
}
