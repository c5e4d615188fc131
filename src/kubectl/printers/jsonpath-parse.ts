// Parses kubectl's JSONPath templates: text with `{...}` actions holding paths (`.a.b`, `['k']`,
// `[0]`, `[*]`, `[1:3]`, `..name`, `[?(@.x=="y")]`, `[a,b]`), string literals (`{"\n"}`) and
// `{range ...}...{end}` blocks.
// Models k8s.io/client-go/util/jsonpath/parser.go.

export type PathNode =
  | { type: 'field'; name: string }
  | { type: 'recursive' }
  | { type: 'wildcard' }
  | { type: 'index'; start?: number; end?: number; step?: number; slice: boolean }
  | { type: 'filter'; left: PathNode[]; op: string; right: PathNode[] | { literal: unknown } }
  | { type: 'union'; branches: PathNode[][] }
  | { type: 'root' }
  | { type: 'current' }
  | { type: 'literal'; value: unknown };

export type TemplateItem =
  | { type: 'text'; text: string }
  | { type: 'path'; nodes: PathNode[] }
  | { type: 'range'; nodes: PathNode[]; body: TemplateItem[] };

export class JsonPathSyntaxError extends Error {}

/** Parses a whole template; throws JsonPathSyntaxError with upstream's wording where it has one. */
export function parseTemplate(template: string): TemplateItem[] {
  const flat: ({ type: 'end' } | TemplateItem | { type: 'rangeStart'; nodes: PathNode[] })[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      flat.push({ type: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) flat.push({ type: 'text', text: template.slice(i, open) });
    const close = findClose(template, open + 1);
    if (close < 0) throw new JsonPathSyntaxError('unclosed action');
    const action = template.slice(open + 1, close).trim();
    if (action === 'end') flat.push({ type: 'end' });
    else if (action.startsWith('range ') || action === 'range') flat.push({ type: 'rangeStart', nodes: parsePath(action.slice(5).trim()) });
    else if (/^"/.test(action)) flat.push({ type: 'text', text: unquote(action) });
    else flat.push({ type: 'path', nodes: parsePath(action) });
    i = close + 1;
  }
  const stack: TemplateItem[][] = [[]];
  const ranges: { nodes: PathNode[] }[] = [];
  for (const item of flat) {
    if (item.type === 'rangeStart') {
      ranges.push({ nodes: item.nodes });
      stack.push([]);
    } else if (item.type === 'end') {
      if (ranges.length === 0) throw new JsonPathSyntaxError('not in range, nothing to end');
      const body = stack.pop()!;
      stack[stack.length - 1].push({ type: 'range', nodes: ranges.pop()!.nodes, body });
    } else {
      stack[stack.length - 1].push(item);
    }
  }
  if (ranges.length > 0) throw new JsonPathSyntaxError('range without end');
  return stack[0];
}

function findClose(s: string, from: number): number {
  let quote = '';
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
  }
  return -1;
}

function unquote(text: string): string {
  try {
    return JSON.parse(text.replace(/\\'/g, "'")) as string;
  } catch {
    throw new JsonPathSyntaxError(`invalid syntax ${text}`);
  }
}

/** Parses one path such as `.items[*].metadata.name` or `@.status`. */
export function parsePath(text: string): PathNode[] {
  const nodes: PathNode[] = [];
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    const c = s[i];
    if (c === '$') {
      nodes.push({ type: 'root' });
      i++;
    } else if (c === '@') {
      nodes.push({ type: 'current' });
      i++;
    } else if (c === '.') {
      if (s[i + 1] === '.') {
        nodes.push({ type: 'recursive' });
        i += 2;
        continue;
      }
      i++;
      let name = '';
      while (i < s.length && !'.[ '.includes(s[i])) {
        if (s[i] === '\\' && i + 1 < s.length) i++;
        name += s[i++];
      }
      if (name === '*') nodes.push({ type: 'wildcard' });
      else if (name !== '') nodes.push({ type: 'field', name });
    } else if (c === '[') {
      const close = findBracket(s, i);
      if (close < 0) throw new JsonPathSyntaxError('unterminated array');
      nodes.push(parseBracket(s.slice(i + 1, close)));
      i = close + 1;
    } else if (c === ' ') {
      i++;
    } else if (/[-0-9]/.test(c) || s.startsWith('true', i) || s.startsWith('false', i)) {
      const m = /^(-?\d+(?:\.\d+)?|true|false)/.exec(s.slice(i))!;
      nodes.push({ type: 'literal', value: JSON.parse(m[1]) });
      i += m[1].length;
    } else if (/[A-Za-z_]/.test(c)) {
      let name = '';
      while (i < s.length && !'.[ '.includes(s[i])) name += s[i++];
      nodes.push({ type: 'field', name });
    } else {
      throw new JsonPathSyntaxError(`unrecognized character in action: U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`);
    }
  }
  return nodes;
}

function findBracket(s: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parseBracket(inner: string): PathNode {
  const body = inner.trim();
  if (body === '*') return { type: 'wildcard' };
  if (body.startsWith('?(') && body.endsWith(')')) return parseFilter(body.slice(2, -1));
  const quoted = /^'((?:[^'\\]|\\.)*)'$|^"((?:[^"\\]|\\.)*)"$/.exec(body);
  if (quoted) return { type: 'field', name: (quoted[1] ?? quoted[2]).replace(/\\(.)/g, '$1') };
  if (/^-?\d*(:-?\d*){0,2}$/.test(body) && body !== '') {
    const parts = body.split(':').map((p) => (p === '' ? undefined : Number(p)));
    return { type: 'index', start: parts[0], end: parts[1], step: parts[2], slice: parts.length > 1 };
  }
  if (body.includes(',')) return { type: 'union', branches: body.split(',').map((b) => parseUnionBranch(b.trim())) };
  throw new JsonPathSyntaxError(`invalid array index ${body}`);
}

function parseUnionBranch(branch: string): PathNode[] {
  if (/^'.*'$|^".*"$/.test(branch)) return [{ type: 'field', name: branch.slice(1, -1) }];
  if (/^-?\d+$/.test(branch)) return [{ type: 'index', start: Number(branch), slice: false }];
  return parsePath(branch);
}

function parseFilter(expr: string): PathNode {
  const m = /^(.*?)\s*(==|!=|<=|>=|<|>|=~)\s*(.*)$/.exec(expr);
  if (!m) return { type: 'filter', left: parsePath(expr), op: 'exists', right: { literal: true } };
  const [, left, op, right] = m;
  const r = right.trim();
  const literal = /^'(.*)'$|^"(.*)"$/.exec(r);
  const rightSide = literal ? { literal: literal[1] ?? literal[2] } : /^-?\d+(\.\d+)?$|^true$|^false$/.test(r) ? { literal: JSON.parse(r) as unknown } : parsePath(r);
  return { type: 'filter', left: parsePath(left), op, right: rightSide };
}
