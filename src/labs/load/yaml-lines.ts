// Line numbers for paths in a parsed YAML document, so a schema problem at
// `tasks[1].checks[0].kind` can point at the line that holds it.

import { isMap, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

export type PathKey = string | number;

/** `tasks[1].checks[0].kind` */
export function formatPath(path: readonly PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('') || '(top level)';
}

function child(node: unknown, key: PathKey): { pair?: Pair; node?: unknown } {
  if (isMap(node)) {
    const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key || p.key === key) as Pair | undefined;
    return { pair, node: pair?.value };
  }
  if (isSeq(node) && typeof key === 'number') return { node: node.items[key] };
  return {};
}

/** The 1-based line of the value at `path`; of its key when `atKey`; else of the nearest enclosing node. */
export function lineOf(doc: Document, counter: LineCounter, path: readonly PathKey[], atKey = false): number {
  let node: unknown = doc.contents;
  let best = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const { pair, node: next } = child(node, path[i]);
    const keyStart = (pair?.key as Node | undefined)?.range?.[0];
    if (i === path.length - 1 && atKey && keyStart !== undefined) return counter.linePos(keyStart).line;
    if (next === undefined || next === null) {
      if (keyStart !== undefined) best = keyStart;
      break;
    }
    const start = (next as Node).range?.[0];
    if (start === undefined) break;
    best = start;
    // A key with a nested block starts its value on a later line; point at the key instead.
    if (keyStart !== undefined && (isMap(next) || isSeq(next))) best = keyStart;
    node = next;
  }
  return counter.linePos(best).line;
}
