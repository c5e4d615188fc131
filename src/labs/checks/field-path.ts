// Field paths in checks: `spec.containers[name=nginx-server].image`, `spec.volumes[0].name`,
// `spec.containers[*].image` (every element), `metadata.labels["app.kubernetes.io/name"]`.
// Resolution returns every value the path reaches, or where it stopped and what was there, so
// a failing check can say what it saw.

export type Segment =
  | { type: 'key'; key: string }
  | { type: 'index'; index: number }
  | { type: 'all' }
  | { type: 'where'; field: string; value: string };

/** The segments of a path, or an error sentence for a malformed one. */
export function parseFieldPath(path: string): Segment[] | string {
  const segs: Segment[] = [];
  let i = 0;
  const bad = (why: string) => `bad field path "${path}": ${why}`;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      if (i === 0 || i === path.length - 1 || path[i + 1] === '.' ) return bad(`empty name at ${i}`);
      i++;
      continue;
    }
    if (c === '[') {
      const end = path.indexOf(']', i);
      if (end < 0) return bad('missing ]');
      const inner = path.slice(i + 1, end).trim();
      i = end + 1;
      if (inner === '*') segs.push({ type: 'all' });
      else if (/^\d+$/.test(inner)) segs.push({ type: 'index', index: Number(inner) });
      else if (/^".*"$/.test(inner) || /^'.*'$/.test(inner)) segs.push({ type: 'key', key: inner.slice(1, -1) });
      else {
        const eq = inner.indexOf('=');
        if (eq <= 0) return bad(`expected [N], [*], [field=value] or ["key"], got [${inner}]`);
        segs.push({ type: 'where', field: inner.slice(0, eq).trim(), value: inner.slice(eq + 1).trim().replace(/^(["'])(.*)\1$/, '$2') });
      }
      continue;
    }
    let j = i;
    while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
    segs.push({ type: 'key', key: path.slice(i, j) });
    i = j;
  }
  if (segs.length === 0) return bad('it is empty');
  return segs;
}

export function formatSegments(segs: readonly Segment[]): string {
  return segs.map((s, n) => {
    switch (s.type) {
      case 'key': return /^[A-Za-z0-9_-]+$/.test(s.key) ? `${n ? '.' : ''}${s.key}` : `["${s.key}"]`;
      case 'index': return `[${s.index}]`;
      case 'all': return '[*]';
      case 'where': return `[${s.field}=${s.value}]`;
    }
  }).join('');
}

/** Where resolution stopped: the path up to the segment that found nothing, and what was there. */
export interface Miss {
  prefix: string;
  segment: Segment;
  parent: unknown;
}

export interface Resolution {
  values: unknown[];
  /** The first place a branch found nothing (set whenever values is empty). */
  miss?: Miss;
}

export function resolvePath(root: unknown, segs: readonly Segment[]): Resolution {
  let current: unknown[] = [root];
  let miss: Miss | undefined;
  for (let n = 0; n < segs.length; n++) {
    const seg = segs[n];
    const next: unknown[] = [];
    for (const v of current) {
      const found = step(v, seg);
      if (found.length === 0 && !miss) miss = { prefix: formatSegments(segs.slice(0, n)), segment: seg, parent: v };
      next.push(...found);
    }
    current = next;
    if (current.length === 0) break;
  }
  return current.length > 0 ? { values: current } : { values: [], miss };
}

function step(v: unknown, seg: Segment): unknown[] {
  if (v === null || v === undefined) return [];
  switch (seg.type) {
    case 'key': {
      if (typeof v !== 'object' || Array.isArray(v)) return [];
      const x = (v as Record<string, unknown>)[seg.key];
      return x === undefined ? [] : [x];
    }
    case 'index':
      return Array.isArray(v) && seg.index < v.length ? [v[seg.index]] : [];
    case 'all':
      if (Array.isArray(v)) return v;
      return typeof v === 'object' ? Object.values(v as object) : [];
    case 'where':
      return Array.isArray(v) ? v.filter((e) => e && typeof e === 'object' && String((e as Record<string, unknown>)[seg.field]) === seg.value) : [];
  }
}
