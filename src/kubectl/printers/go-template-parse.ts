// Parses the Go text/template subset kubectl learners use with `-o go-template`: text, `{{.a.b}}`,
// `{{"\n"}}`, pipelines with functions (`index`, `len`, `eq`, `printf`...), `$var :=`,
// `{{if}}/{{else if}}/{{else}}/{{end}}`, `{{range}}` (with `$i, $e :=` and `{{else}}`),
// `{{with}}`, `{{- trim -}}` markers and `{{/* comments */}}`.
// Models go/src/text/template/parse (lex.go, parse.go), reduced to those forms.

export type Operand =
  | { type: 'field'; base: 'dot' | string; path: string[] } // base is 'dot' or a variable name like '$x'
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'nil' }
  | { type: 'call'; name: string }
  | { type: 'pipe'; pipe: Pipeline };

export interface Pipeline {
  declare: string[];
  /** Each command is a function/operand followed by its arguments; `|` passes the result on as the last argument. */
  commands: Operand[][];
}

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'action'; pipe: Pipeline }
  | { type: 'if' | 'with'; pipe: Pipeline; then: TemplateNode[]; else: TemplateNode[] }
  | { type: 'range'; pipe: Pipeline; body: TemplateNode[]; else: TemplateNode[] };

export class TemplateError extends Error {}

interface Token {
  kind: 'text' | 'action';
  value: string;
}

function lex(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      tokens.push({ kind: 'text', value: src.slice(i) });
      break;
    }
    let text = src.slice(i, open);
    let start = open + 2;
    if (src.startsWith('- ', start) || src.startsWith('-\t', start) || src.startsWith('-\n', start)) {
      text = text.replace(/\s+$/, '');
      start += 1;
    }
    if (text) tokens.push({ kind: 'text', value: text });
    const close = findActionEnd(src, start);
    if (close < 0) throw new TemplateError('unclosed action');
    let body = src.slice(start, close);
    i = close + 2;
    if (/\s-$/.test(body)) {
      body = body.slice(0, -1);
      const rest = src.slice(i);
      i += rest.length - rest.replace(/^\s+/, '').length;
    }
    tokens.push({ kind: 'action', value: body.trim() });
  }
  return tokens;
}

function findActionEnd(src: string, from: number): number {
  let quote = '';
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === '`') quote = c;
    else if (src.startsWith('}}', i)) return i;
  }
  return -1;
}

/** Parses a template into a node tree; throws TemplateError. */
export function parseGoTemplate(src: string): TemplateNode[] {
  const tokens = lex(src).filter((t) => !(t.kind === 'action' && /^\/\*[\s\S]*\*\/$/.test(t.value)));
  let pos = 0;
  const parseList = (stops: string[]): { nodes: TemplateNode[]; stop: string } => {
    const nodes: TemplateNode[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos++];
      if (t.kind === 'text') {
        nodes.push({ type: 'text', text: t.value });
        continue;
      }
      const word = /^(\w+)\b/.exec(t.value)?.[1] ?? '';
      if (stops.includes(word) && (word === 'end' || word === 'else')) return { nodes, stop: t.value };
      if (word === 'if' || word === 'with' || word === 'range') {
        nodes.push(parseBlock(word, t.value));
        continue;
      }
      if (word === 'end' || word === 'else') throw new TemplateError(`unexpected {{${word}}}`);
      if (word === 'define' || word === 'template' || word === 'block') throw new TemplateError(`{{${word}}} is not supported`);
      nodes.push({ type: 'action', pipe: parsePipeline(t.value) });
    }
    if (stops.length > 0) throw new TemplateError('unexpected EOF');
    return { nodes, stop: '' };
  };
  const parseBlock = (word: 'if' | 'with' | 'range', action: string): TemplateNode => {
    const pipe = parsePipeline(action.slice(word.length));
    const body = parseList(['end', 'else']);
    let elseNodes: TemplateNode[] = [];
    if (body.stop.startsWith('else')) {
      const rest = body.stop.slice(4).trim();
      // `else if` (and `else with`) is a block nested in the else branch sharing the closing end.
      const nested = /^(if|with)\b/.exec(rest)?.[1] as 'if' | 'with' | undefined;
      elseNodes = nested ? [parseBlock(nested, rest)] : parseList(['end']).nodes;
    }
    return word === 'range' ? { type: 'range', pipe, body: body.nodes, else: elseNodes } : { type: word, pipe, then: body.nodes, else: elseNodes };
  };
  return parseList([]).nodes;
}

/** Parses `$x := .a | printf "%s"` style pipelines. */
export function parsePipeline(text: string): Pipeline {
  const src = text.trim();
  let declare: string[] = [];
  const decl = /^(\$\w*(?:\s*,\s*\$\w*)?)\s*:?=\s*/.exec(src);
  let rest = src;
  if (decl) {
    declare = decl[1].split(',').map((s) => s.trim());
    rest = src.slice(decl[0].length);
  }
  const tokens = tokenize(rest);
  let pos = 0;
  const parseCommands = (closing: string | null): Operand[][] => {
    const commands: Operand[][] = [[]];
    while (pos < tokens.length) {
      const tok = tokens[pos++];
      if (tok === closing) return commands;
      if (tok === '|') {
        commands.push([]);
        continue;
      }
      if (tok === '(') {
        commands[commands.length - 1].push({ type: 'pipe', pipe: { declare: [], commands: parseCommands(')') } });
        continue;
      }
      commands[commands.length - 1].push(operand(tok));
    }
    if (closing) throw new TemplateError('unclosed left paren');
    return commands;
  };
  const commands = parseCommands(null);
  if (commands.some((c) => c.length === 0)) throw new TemplateError('missing value for command');
  return { declare, commands };
}

function tokenize(src: string): string[] {
  const out: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\(|\)|\||[^\s()|]+)/y;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) out.push(m[1]);
  if (src.slice(re.lastIndex).trim() !== '' && out.join('').length === 0) throw new TemplateError(`unexpected "${src}"`);
  return out;
}

function operand(tok: string): Operand {
  if (tok.startsWith('"')) return { type: 'string', value: JSON.parse(tok) as string };
  if (tok.startsWith('`')) return { type: 'string', value: tok.slice(1, -1) };
  if (/^-?\d+(\.\d+)?$/.test(tok)) return { type: 'number', value: Number(tok) };
  if (tok === 'true' || tok === 'false') return { type: 'bool', value: tok === 'true' };
  if (tok === 'nil') return { type: 'nil' };
  if (tok === '.') return { type: 'field', base: 'dot', path: [] };
  if (tok.startsWith('.')) return { type: 'field', base: 'dot', path: tok.slice(1).split('.') };
  if (tok.startsWith('$')) {
    const [base, ...path] = tok.split('.');
    return { type: 'field', base, path };
  }
  if (/^\w+$/.test(tok)) return { type: 'call', name: tok };
  throw new TemplateError(`unexpected "${tok}" in command`);
}
