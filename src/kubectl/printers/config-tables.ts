// `kubectl get` columns and rows for namespaces, configmaps, secrets and serviceaccounts.
// Models pkg/printers/internalversion/printers.go (printNamespace, printConfigMap, printSecret,
// printServiceAccount).

import type { ConfigMap, Namespace, Secret, ServiceAccount } from '../../sim/api/types.ts';
import { translateTimestampSince } from './duration.ts';
import type { TableColumnDefinition } from './table.ts';

const name: TableColumnDefinition = { name: 'Name', type: 'string', priority: 0 };
const age: TableColumnDefinition = { name: 'Age', type: 'string', priority: 0 };

export const NAMESPACE_COLUMNS: TableColumnDefinition[] = [name, { name: 'Status', type: 'string', priority: 0 }, age];
export const CONFIGMAP_COLUMNS: TableColumnDefinition[] = [name, { name: 'Data', type: 'integer', priority: 0 }, age];
export const SECRET_COLUMNS: TableColumnDefinition[] = [name, { name: 'Type', type: 'string', priority: 0 }, { name: 'Data', type: 'integer', priority: 0 }, age];
export const SERVICEACCOUNT_COLUMNS: TableColumnDefinition[] = [name, { name: 'Secrets', type: 'integer', priority: 0 }, age];

export function printNamespace(ns: Namespace, now: number): (string | number)[] {
  return [ns.metadata.name ?? '', ns.status?.phase ?? '', translateTimestampSince(ns.metadata.creationTimestamp, now)];
}

export function printConfigMap(cm: ConfigMap, now: number): (string | number)[] {
  const count = Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length;
  return [cm.metadata.name ?? '', count, translateTimestampSince(cm.metadata.creationTimestamp, now)];
}

export function printSecret(secret: Secret, now: number): (string | number)[] {
  return [secret.metadata.name ?? '', secret.type ?? '', Object.keys(secret.data ?? {}).length, translateTimestampSince(secret.metadata.creationTimestamp, now)];
}

export function printServiceAccount(sa: ServiceAccount, now: number): (string | number)[] {
  return [sa.metadata.name ?? '', (sa.secrets ?? []).length, translateTimestampSince(sa.metadata.creationTimestamp, now)];
}

/** The NAME and AGE cells a server gives kinds it has no printer for. */
export function printDefault(obj: { metadata: { name?: string; creationTimestamp?: string } }, now: number): string[] {
  return [obj.metadata.name ?? '', translateTimestampSince(obj.metadata.creationTimestamp, now)];
}
