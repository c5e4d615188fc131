// Gzip sizes of the JavaScript a built page costs: what loads with the page, what a terminal
// adds when it starts, and the worker. Sizes are deterministic, so tests may assert budgets on them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\s}])import\s*[^"'`()]*?from\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]|(?:^|[;\s}])import\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
const WORKER_URL = /new URL\(\s*["'`]([^"'`]*\.worker[^"'`]*\.js)["'`]/g;

export interface PageCost {
  /** Scripts the page loads up front (inline module scripts included). */
  initial: number;
  /** Added when the page's terminals start (dynamic imports of the terminal), main thread only. */
  terminal: number;
  /** Loaded on demand by other features (the search dialog). */
  other: number;
  /** What the worker loads at start: its script and the chunks it imports statically. */
  worker: number;
  /** Chunks the worker fetches on first use (labs, explain's docs, editors, --help texts…). */
  workerLazy: number;
  files: { initial: string[]; terminal: string[]; other: string[]; worker: string[]; workerLazy: string[] };
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

export function pageCost(dist: string, pagePath: string): PageCost {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim() !== '');
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]);
  const initialFiles = new Set<string>();
  const lazyRoots = new Map<string, string>(); // lazily imported file → the file importing it
  const workerRoots = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    scan(code, file, into);
  };
  const scan = (code: string, from: string, into: Set<string>) => {
    const dir = from.slice(0, from.lastIndexOf('/') + 1);
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(dir, m[1] ?? m[2]), into);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazyRoots.set(resolve(dir, m[1]), from);
    for (const m of code.matchAll(WORKER_URL)) workerRoots.add(m[1].startsWith('/') ? m[1] : resolve(dir, m[1]));
  };
  for (const src of srcs) visit(src, initialFiles);
  for (const code of inline) scan(code, '/', initialFiles);
  const terminalFiles = new Set<string>();
  const otherFiles = new Set<string>();
  for (const [root, from] of lazyRoots) {
    if (!initialFiles.has(root)) visit(root, /Terminal|terminal/.test(from) ? terminalFiles : otherFiles);
  }
  for (const f of initialFiles) {
    terminalFiles.delete(f);
    otherFiles.delete(f);
  }
  const workerFiles = new Set<string>();
  lazyRoots.clear();
  for (const root of workerRoots) visit(root, workerFiles);
  // Everything the worker's dynamic imports reach that it did not load at start.
  const workerLazyFiles = new Set<string>();
  for (let pending = [...lazyRoots.keys()]; pending.length > 0; pending = [...lazyRoots.keys()].filter((f) => !workerLazyFiles.has(f))) {
    for (const root of pending) visit(root, workerLazyFiles);
  }
  for (const f of workerFiles) workerLazyFiles.delete(f);
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gz(readFileSync(join(dist, f), 'utf8')), 0);
  return {
    initial: sum(initialFiles) + inline.reduce((n, s) => n + gz(s), 0),
    terminal: sum(terminalFiles),
    other: sum(otherFiles),
    worker: sum(workerFiles),
    workerLazy: sum(workerLazyFiles),
    files: { initial: [...initialFiles], terminal: [...terminalFiles], other: [...otherFiles], worker: [...workerFiles], workerLazy: [...workerLazyFiles] },
  };
}

function resolve(dir: string, rel: string): string {
  const parts = (dir + rel).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}
