// The shape every `kubectl get` table has before rendering: column definitions paired with rows
// of cells, one row per object, as the API server returns a meta.k8s.io Table.
// Models staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go (Table, TableColumnDefinition).

import type { KubeObject } from '../../sim/api/types.ts';

export interface TableColumnDefinition {
  name: string;
  type: 'string' | 'integer' | 'date' | 'number' | 'boolean';
  /** 0 for default columns, 1 for columns shown only with `-o wide`. */
  priority: number;
  description?: string;
}

export interface TableRow {
  /** One cell per column definition, wide columns included. */
  cells: (string | number)[];
  object: KubeObject;
}

export interface Table {
  columnDefinitions: TableColumnDefinition[];
  rows: TableRow[];
}

/** A per-kind row function: an object at `now` (epoch ms) to its cells. */
export type RowFunction<T extends KubeObject> = (object: T, now: number) => (string | number)[];

/** Builds a Table from column definitions, a row function and the objects, in order. */
export function buildTable<T extends KubeObject>(
  columns: TableColumnDefinition[],
  rowFunction: RowFunction<T>,
  objects: readonly T[],
  now: number,
): Table {
  return { columnDefinitions: columns, rows: objects.map((object) => ({ cells: rowFunction(object, now), object })) };
}

/** The table a server without a printer for the kind returns: NAME and AGE only. */
export const DEFAULT_COLUMNS: TableColumnDefinition[] = [
  { name: 'Name', type: 'string', priority: 0 },
  { name: 'Age', type: 'date', priority: 0 },
];
