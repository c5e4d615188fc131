// Which columns and row function print each kind in `kubectl get`; kinds without a handler get
// the server's default NAME/AGE table.
// Models pkg/printers/internalversion/printers.go (AddHandlers).

import type { KubeObject } from '../../sim/api/types.ts';
import {
  CONFIGMAP_COLUMNS,
  NAMESPACE_COLUMNS,
  SECRET_COLUMNS,
  SERVICEACCOUNT_COLUMNS,
  printConfigMap,
  printDefault,
  printNamespace,
  printSecret,
  printServiceAccount,
} from './config-tables.ts';
import { EVENT_COLUMNS, printEvent } from './event-table.ts';
import { NODE_COLUMNS, printNode } from './node-table.ts';
import { POD_COLUMNS, printPod } from './pod-table.ts';
import { buildTable, DEFAULT_COLUMNS, type RowFunction, type Table, type TableColumnDefinition } from './table.ts';

interface Handler {
  columns: TableColumnDefinition[];
  // Each row function narrows KubeObject to its own kind; the registry is keyed by that kind.
  row: RowFunction<never>;
}

const HANDLERS: Record<string, Handler> = {
  Pod: { columns: POD_COLUMNS, row: printPod },
  Node: { columns: NODE_COLUMNS, row: printNode },
  Event: { columns: EVENT_COLUMNS, row: printEvent },
  Namespace: { columns: NAMESPACE_COLUMNS, row: printNamespace },
  ConfigMap: { columns: CONFIGMAP_COLUMNS, row: printConfigMap },
  Secret: { columns: SECRET_COLUMNS, row: printSecret },
  ServiceAccount: { columns: SERVICEACCOUNT_COLUMNS, row: printServiceAccount },
};

/** The Table the API server would return for objects of one kind. */
export function tableFor(kind: string, objects: readonly KubeObject[], now: number): Table {
  const handler = HANDLERS[kind];
  if (!handler) return buildTable(DEFAULT_COLUMNS, printDefault, objects, now);
  return buildTable(handler.columns, handler.row as RowFunction<KubeObject>, objects, now);
}

/** Whether the server has a dedicated printer for the kind (otherwise NAME and AGE only). */
export function hasTableHandler(kind: string): boolean {
  return kind in HANDLERS;
}
