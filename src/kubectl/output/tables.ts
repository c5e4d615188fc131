// Which columns and row function the server's Table for each resource type uses; types without a
// printer get NAME and AGE.
// Models pkg/printers/internalversion/printers.go (AddHandlers).

import type { KubeObject } from '../../sim/api/types.ts';
import {
  CONFIGMAP_COLUMNS, NAMESPACE_COLUMNS, SECRET_COLUMNS, SERVICEACCOUNT_COLUMNS, printConfigMap, printDefault, printNamespace,
  printSecret, printServiceAccount,
} from '../printers/config-tables.ts';
import { EVENT_COLUMNS, printEvent } from '../printers/event-table.ts';
import { NODE_COLUMNS, printNode } from '../printers/node-table.ts';
import { POD_COLUMNS, printPod } from '../printers/pod-table.ts';
import { renderTable, tableLines, type TableOptions } from '../printers/render-table.ts';
import { buildTable, DEFAULT_COLUMNS, type RowFunction, type Table, type TableColumnDefinition } from '../printers/table.ts';
import type { ResourceType } from '../resource-types.ts';

interface Printer {
  columns: TableColumnDefinition[];
  row: RowFunction<KubeObject>;
}

const PRINTERS: Record<string, Printer> = {
  pods: { columns: POD_COLUMNS, row: printPod as unknown as RowFunction<KubeObject> },
  nodes: { columns: NODE_COLUMNS, row: printNode as unknown as RowFunction<KubeObject> },
  events: { columns: EVENT_COLUMNS, row: printEvent as unknown as RowFunction<KubeObject> },
  namespaces: { columns: NAMESPACE_COLUMNS, row: printNamespace as unknown as RowFunction<KubeObject> },
  configmaps: { columns: CONFIGMAP_COLUMNS, row: printConfigMap as unknown as RowFunction<KubeObject> },
  secrets: { columns: SECRET_COLUMNS, row: printSecret as unknown as RowFunction<KubeObject> },
  serviceaccounts: { columns: SERVICEACCOUNT_COLUMNS, row: printServiceAccount as unknown as RowFunction<KubeObject> },
};

export function tableFor(type: ResourceType, objects: readonly KubeObject[], now: number): Table {
  const printer = PRINTERS[type.name] ?? { columns: DEFAULT_COLUMNS, row: printDefault as RowFunction<KubeObject> };
  return buildTable(printer.columns, printer.row, objects, now);
}

export function renderObjects(type: ResourceType, objects: readonly KubeObject[], now: number, options: TableOptions): string {
  return renderTable(tableFor(type, objects, now), options);
}

/** Unaligned lines, for `-w` where rows after the first batch are written as they come. */
export function objectLines(type: ResourceType, objects: readonly KubeObject[], now: number, options: TableOptions): string {
  return tableLines(tableFor(type, objects, now), options);
}
