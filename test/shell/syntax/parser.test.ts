import { describe, it, expect } from 'vitest';
import { parse } from '../../../src/shell/syntax/parser.ts';
import { ParseError } from '../../../src/shell/syntax/errors.ts';

function error(src: string, options = {}): ParseError {
  try {
    parse(src, options);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error(`parsed: ${src}`);
}

describe('the sh parser', () => {
  it.each([
    ['if true; then', 'eof'],
    ['if true; then echo; ', 'eof'],
    ['while true; do', 'eof'],
    ['for i in 1 2; do echo', 'eof'],
    ['case x in', 'eof'],
    ['{ echo', 'eof'],
    ['( echo', 'eof'],
    ['echo "abc', 'quote'],
    ["echo 'abc", 'quote'],
    ['echo $(ls', 'quote'],
    ['echo `ls', 'quote'],
    ['echo ${x', 'quote'],
    ['echo a &&', 'eof'],
    ['echo a ||', 'eof'],
    ['echo a |', 'eof'],
    ['cat <<EOF', 'eof'],
    ['cat <<EOF\nbody', 'eof'],
    ['f() {', 'eof'],
    ['echo a \\', 'eof'],
  ])('reports %j as incomplete (%s)', (src, kind) => {
    const e = error(src);
    expect(e.incomplete).toBe(true);
    expect(e.kind).toBe(kind);
  });

  it.each([
    ['fi', 'fi'],
    ['if true; fi', 'fi'],
    ['echo ;;', ';;'],
    [')', ')'],
    ['done', 'done'],
    ['echo a; ; echo', ';'],
    ['if true; then fi', 'fi'],
    ['| cat', '|'],
    ['echo > ', 'newline'],
  ])('rejects %j at token %j', (src, token) => {
    const e = error(src + '\n');
    expect(e.incomplete).toBe(false);
    expect(e.token).toBe(token);
  });

  it('accepts a heredoc ended by end of input in scripts', () => {
    const [stmt] = parse('cat <<EOF\nbody', { heredocEofOk: true });
    const cmd = stmt.andOr.first.cmds[0];
    expect(cmd.type === 'Simple' && cmd.redirs[0].heredoc).toEqual({ parts: [{ type: 'Lit', value: 'body\n' }] });
  });

  it('reads several heredocs after one line in order', () => {
    const stmts = parse("cat <<A; cat <<'B'\none $x\nA\ntwo $x\nB\n");
    const bodies = stmts.map((s) => { const c = s.andOr.first.cmds[0]; return c.type === 'Simple' ? c.redirs[0].heredoc : undefined; });
    expect(bodies).toEqual([
      { parts: [{ type: 'Lit', value: 'one ' }, { type: 'ParamExp', name: 'x' }, { type: 'Lit', value: '\n' }] },
      { parts: [{ type: 'SglQuoted', value: 'two $x\n' }] },
    ]);
  });

  it('recognises reserved words only in command position', () => {
    const [stmt] = parse('echo if then fi');
    const cmd = stmt.andOr.first.cmds[0];
    expect(cmd.type === 'Simple' && cmd.words.length).toBe(4);
  });

  it('splits assignments from words', () => {
    const [stmt] = parse('A=1 B="x y" cmd C=2');
    const cmd = stmt.andOr.first.cmds[0];
    expect(cmd.type === 'Simple' && cmd.assigns.map((a) => a.name)).toEqual(['A', 'B']);
    expect(cmd.type === 'Simple' && cmd.words.length).toBe(2);
  });

  it('reads descriptor numbers only when glued to the operator', () => {
    const [a] = parse('echo 2>/dev/null');
    const [b] = parse('echo 2 >/dev/null');
    const ca = a.andOr.first.cmds[0];
    const cb = b.andOr.first.cmds[0];
    expect(ca.type === 'Simple' && ca.redirs[0].fd).toBe(2);
    expect(cb.type === 'Simple' && [cb.words.length, cb.redirs[0].fd]).toEqual([2, undefined]);
  });

  it('expands aliases in command position only, once', () => {
    const aliases = new Map([['k', 'kubectl'], ['ls', 'ls --color'], ['e', 'echo k']]);
    const words = (src: string) => {
      const c = parse(src, { aliases })[0].andOr.first.cmds[0];
      return c.type === 'Simple' ? c.words.map((w) => w.parts.map((p) => ('value' in p ? p.value : '')).join('')) : [];
    };
    expect(words('k get pods')).toEqual(['kubectl', 'get', 'pods']);
    expect(words('ls')).toEqual(['ls', '--color']);
    expect(words('e k')).toEqual(['echo', 'k', 'k']);
    expect(words("'k' x")).toEqual(['k', 'x']);
  });

  it('tells arithmetic from a nested subshell', () => {
    const [a] = parse('echo $((1+2))');
    const [b] = parse('echo $( (echo x) )');
    const pa = a.andOr.first.cmds[0];
    const pb = b.andOr.first.cmds[0];
    expect(pa.type === 'Simple' && pa.words[1].parts[0].type).toBe('ArithExp');
    expect(pb.type === 'Simple' && pb.words[1].parts[0].type).toBe('CmdSubst');
  });

  it('keeps the source of each statement for job notices', () => {
    expect(parse('sleep 10 &  echo hi').map((s) => [s.source, s.background])).toEqual([['sleep 10', true], ['echo hi', false]]);
  });
});
