// Word expansion: tilde, parameters, command substitution, arithmetic, field splitting on IFS,
// pathname globbing and quote removal, in POSIX order.
// Models mvdan.cc/sh/v3/expand/expand.go.

import type { ParamExp, Word, WordPart } from '../syntax/ast.ts';
import { evalArith } from './arith.ts';
import { type ExpandContext, ExpandError } from './context.ts';
import { glob } from './glob.ts';
import { hasGlob, quotePattern, replacePattern, trimPattern } from './pattern.ts';

/** The longest word an expansion may build: a shell's malloc fails long before a tab's memory does. */
const MAX_WORD = 16 << 20;

interface Field {
  text: string;
  /** The text as a pattern: quoted characters escaped. */
  pattern: string;
  /** Something quoted was part of it, so it survives even when empty. */
  quoted: boolean;
}

class Builder {
  readonly fields: Field[] = [];
  cur: Field = { text: '', pattern: '', quoted: false };
  readonly split: boolean;
  readonly ifs: string;

  constructor(split: boolean, ifs: string) {
    this.split = split;
    this.ifs = ifs;
  }

  quoted(s: string): void {
    this.reserve(s);
    this.cur.text += s;
    this.cur.pattern += quotePattern(s);
    this.cur.quoted = true;
  }

  unquoted(s: string): void {
    this.reserve(s);
    this.cur.text += s;
    this.cur.pattern += s;
  }

  /** A word past MAX_WORD is an allocation the shell cannot make (`x=$x$x` in a loop). */
  private reserve(s: string): void {
    const size = this.cur.text.length + s.length;
    if (size > MAX_WORD) throw new ExpandError(`xmalloc: cannot allocate ${size + 1} bytes`, 2);
  }

  /** An expansion's result outside quotes: split on IFS when splitting. */
  expanded(s: string): void {
    if (!this.split || this.ifs === '') { this.unquoted(s); return; }
    const ws = [...this.ifs].filter((c) => ' \t\n'.includes(c)).map(esc).join('');
    const nws = [...this.ifs].filter((c) => !' \t\n'.includes(c)).map(esc).join('');
    const delim = new RegExp(nws ? `[${ws}]*[${nws}][${ws}]*|[${ws}]+` : `[${ws}]+`, 'g');
    let last = 0;
    for (const m of s.matchAll(delim)) {
      this.unquoted(s.slice(last, m.index));
      this.finish(nws !== '' && /[^ \t\n]/.test(m[0]));
      last = m.index + m[0].length;
    }
    this.unquoted(s.slice(last));
  }

  finish(force = false): void {
    if (this.cur.text !== '' || this.cur.quoted || force) this.fields.push(this.cur);
    this.cur = { text: '', pattern: '', quoted: false };
  }
}

function esc(c: string): string {
  return c.replace(/[\]\\^-]/g, '\\$&');
}

export interface ExpandOptions {
  /** Split fields and glob (command words); off for assignments, redirections, case words. */
  fields?: boolean;
}

/** Expands command words into arguments. */
export async function expandFields(words: Word[], ctx: ExpandContext): Promise<string[]> {
  const out: string[] = [];
  for (const w of words) {
    const b = new Builder(true, ctx.getVar('IFS') ?? ' \t\n');
    await expandParts(w.parts, ctx, b, false, true);
    if (b.cur.text !== '' || b.cur.quoted) b.finish();
    for (const f of b.fields) {
      if (!ctx.noglob?.() && hasGlob(f.pattern)) {
        const matches = glob(f.pattern, ctx);
        if (matches.length > 0) { out.push(...matches); continue; }
      }
      out.push(f.text);
    }
  }
  return out;
}

/** Expands one word to one string: no splitting, no globbing (assignments, redirections). */
export async function expandString(w: Word, ctx: ExpandContext): Promise<string> {
  const b = new Builder(false, '');
  await expandParts(w.parts, ctx, b, false, true);
  return b.fields.map((f) => f.text).concat(b.cur.text).join(' ');
}

/** Expands a word to a pattern for `case` and `${x%…}`: quoted characters match literally. */
export async function expandPattern(w: Word, ctx: ExpandContext): Promise<string> {
  const b = new Builder(false, '');
  await expandParts(w.parts, ctx, b, false, false);
  return b.fields.map((f) => f.pattern).concat(b.cur.pattern).join(' ');
}

async function expandParts(parts: WordPart[], ctx: ExpandContext, b: Builder, inQuotes: boolean, tilde: boolean): Promise<void> {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    switch (p.type) {
      case 'Lit': {
        let v = p.value;
        if (i === 0 && tilde && !inQuotes && v.startsWith('~')) {
          const slash = v.indexOf('/');
          const user = v.slice(1, slash < 0 ? undefined : slash);
          const home = user === '' ? ctx.getVar('HOME') : ctx.homeOf(user);
          if (home !== undefined && (slash >= 0 || parts.length === 1)) {
            b.quoted(home);
            v = slash < 0 ? '' : v.slice(slash);
          }
        }
        if (inQuotes) b.quoted(v); else b.unquoted(v);
        break;
      }
      case 'SglQuoted': case 'Escaped':
        b.quoted(p.value);
        break;
      case 'DblQuoted':
        b.cur.quoted = true;
        await expandParts(p.parts, ctx, b, true, false);
        break;
      case 'ParamExp':
        await expandParam(p, ctx, b, inQuotes);
        break;
      case 'CmdSubst': {
        const out = (await ctx.commandSubst(p.stmts)).replace(/\n+$/, '');
        if (inQuotes) b.quoted(out); else b.expanded(out);
        break;
      }
      case 'ArithExp': {
        const expr = await expandString(p.expr, ctx);
        const r = evalArith(expr, { get: (n) => ctx.getVar(n), set: (n, v) => ctx.setVar(n, v) });
        if (!r.ok) throw new ExpandError(r.error);
        if (inQuotes) b.quoted(String(r.value)); else b.expanded(String(r.value));
        break;
      }
    }
  }
}

function lookup(name: string, ctx: ExpandContext): string | undefined {
  if (/^[0-9]+$/.test(name) && name !== '0') return ctx.positional()[Number(name) - 1];
  if (name === '@' || name === '*') {
    const ps = ctx.positional();
    return ps.length ? ps.join(name === '*' ? (ctx.getVar('IFS') ?? ' ').slice(0, 1) : ' ') : undefined;
  }
  return ctx.special(name) ?? ctx.getVar(name);
}

async function expandParam(p: ParamExp, ctx: ExpandContext, b: Builder, inQuotes: boolean): Promise<void> {
  const { name } = p;
  if (p.length) {
    const v = name === '@' || name === '*' ? String(ctx.positional().length) : lookup(name, ctx) ?? '';
    if (lookup(name, ctx) === undefined) unset(name, ctx);
    b[inQuotes ? 'quoted' : 'expanded'](String([...v].length));
    return;
  }
  let value = lookup(name, ctx);
  const op = p.op;
  if (op) {
    const isNull = value === undefined || (op.startsWith(':') && value === '');
    switch (op) {
      case '-': case ':-':
        if (isNull) { await expandParts(p.arg!.parts, ctx, b, inQuotes, !inQuotes); return; }
        break;
      case '+': case ':+':
        if (!isNull) await expandParts(p.arg!.parts, ctx, b, inQuotes, !inQuotes);
        return;
      case '=': case ':=':
        if (isNull) {
          value = await expandString(p.arg!, ctx);
          ctx.setVar(name, value);
        }
        break;
      case '?': case ':?':
        if (isNull) {
          const msg = await expandString(p.arg!, ctx);
          throw new ExpandError(`${name}: ${msg || (value === undefined ? 'parameter null or not set' : 'parameter null or not set')}`, 127);
        }
        break;
      case '#': case '##': case '%': case '%%':
        value = trimPattern(value ?? '', await expandPattern(p.arg!, ctx), op);
        break;
      case '/': case '//':
        value = replacePattern(value ?? '', await expandPattern(p.arg!, ctx), p.repl ? await expandString(p.repl, ctx) : '', op === '//');
        break;
    }
  }
  if (value === undefined && op !== '#' && op !== '%') unset(name, ctx);
  if ((name === '@' || (name === '*' && !inQuotes)) && !op) {
    const ps = ctx.positional();
    ps.forEach((v, i) => {
      if (i > 0) b.finish(true);
      if (inQuotes) b.quoted(v); else b.expanded(v);
    });
    // `"$@"` with no parameters expands to no field at all.
    if (ps.length === 0 && inQuotes) b.cur.quoted = b.cur.text !== '' || b.fields.length > 0 ? b.cur.quoted : false;
    return;
  }
  if (inQuotes) b.quoted(value ?? ''); else b.expanded(value ?? '');
}

function unset(name: string, ctx: ExpandContext): void {
  if (ctx.nounset() && name !== '@' && name !== '*') throw new ExpandError(`${name}: unbound variable`, 127);
}
