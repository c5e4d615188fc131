// Pathname expansion: a pattern matched one path component at a time against directory listings.
// Hidden names match only a pattern that starts with a dot; results are sorted, as in bash.

import type { ExpandContext } from './context.ts';
import { hasGlob, matchPattern, unescapePattern } from './pattern.ts';

const MAX_MATCHES = 10000;

export function glob(pattern: string, ctx: Pick<ExpandContext, 'readdir' | 'cwd'>): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  if (absolute) comps.shift();
  let paths = [absolute ? '/' : ''];
  for (let i = 0; i < comps.length; i++) {
    const comp = comps[i];
    const next: string[] = [];
    for (const base of paths) {
      if (!hasGlob(comp)) {
        next.push(base + (base && !base.endsWith('/') ? '/' : '') + unescapePattern(comp));
        continue;
      }
      const dir = base === '' ? ctx.cwd() : base.startsWith('/') ? base : `${ctx.cwd()}/${base}`;
      const names = ctx.readdir(dir) ?? [];
      for (const n of names) {
        if (n.startsWith('.') && !comp.startsWith('.') && !comp.startsWith('\\.')) continue;
        if (matchPattern(comp, n)) next.push(base + (base && !base.endsWith('/') ? '/' : '') + n);
        if (next.length > MAX_MATCHES) return [];
      }
    }
    paths = next;
    if (i < comps.length - 1) {
      // Only directories can hold the next component.
      paths = paths.filter((p) => ctx.readdir(p.startsWith('/') ? p : `${ctx.cwd()}/${p}`) !== undefined);
    }
  }
  if (pattern.endsWith('/')) paths = paths.map((p) => p + '/');
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
