// `-o yaml` and `-o json`. kubectl prints one object as itself and several as a v1 List;
// objects read back from the server are unstructured maps, which Go's encoding/json writes with
// sorted keys, while objects kubectl builds itself (`run`, `create --dry-run=client`) keep their
// Go struct field order.
// Models k8s.io/cli-runtime/pkg/printers/json.go and yaml.go.

import { toGoYaml } from './go-yaml.ts';

export interface JsonOptions {
  /** Keep the object's own key order instead of Go's sorted map order (typed objects). */
  keepOrder?: boolean;
}

/** The List kubectl wraps several objects in. */
export function listOf(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } };
}

/** One object, or a List when given several (or a query that may match several). */
export function printableObject(objects: readonly unknown[], asList = objects.length !== 1): unknown {
  return asList ? listOf(objects) : objects[0];
}

/** `-o yaml`. */
export function printYaml(object: unknown): string {
  return toGoYaml(object);
}

/** Several objects printed one by one as `-o yaml` does for separate documents. */
export function printYamlDocuments(objects: readonly unknown[]): string {
  return objects.map(toGoYaml).join('---\n');
}

/** `-o json`: Go's json.MarshalIndent with four spaces, HTML-safe escapes, and a final newline. */
export function printJson(object: unknown, options: JsonOptions = {}): string {
  const value = options.keepOrder ? object : sortKeys(object);
  return goJsonEscape(JSON.stringify(value, null, 4) ?? 'null') + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(byteCompare)) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** Go sorts map keys by bytes (UTF-8), which for these keys matches code unit order. */
function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** encoding/json escapes <, >, & and the JavaScript line separators inside strings. */
function goJsonEscape(text: string): string {
  return text.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
