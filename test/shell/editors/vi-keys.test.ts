import { describe, expect, it } from 'vitest';
import { ViEditor, type ViHost } from '../../../src/shell/editors/vi/editor.ts';

function editor(text: string, files: Record<string, string> = {}): ViEditor {
  let now = 0;
  const host: ViHost = {
    now: () => (now += 1000),
    write: (name, data) => { files[name] = data; return undefined; },
    exists: (name) => name in files,
    read: (name) => (name in files ? { lines: files[name].replace(/\n$/, '').split('\n'), bytes: files[name].length } : { error: 'ENOENT' }),
  };
  return new ViEditor(host, text.split('\n'), 'pod.yaml');
}

/** Splits a key string into keys: escape sequences stay whole. */
function keys(s: string): string[] {
  return s.match(/\x1b\[[0-9;]*[A-Za-z~]|\x1bO[A-Z]|[\s\S]/g) ?? [];
}

function run(text: string, typed: string): ViEditor {
  const ed = editor(text);
  for (const k of keys(typed)) ed.key(k);
  return ed;
}

const YAML = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27';

/** [what, keys, resulting text, cursor row, cursor col]. */
const CASES: [string, string, string, number, number][] = [
  ['x deletes the character under the cursor', 'x', 'piVersion: v1\nkind: Pod', 0, 0],
  ['3x deletes three', '3x', 'Version: v1\nkind: Pod', 0, 0],
  ['dd deletes the line', 'dd', 'kind: Pod', 0, 0],
  ['dw deletes a word', 'dw', ': v1\nkind: Pod', 0, 0],
  ['dw on the last word stops at the line end', '$bdw', 'apiVersion: \nkind: Pod', 0, 11],
  ['D deletes to the end of the line', 'wD', 'apiVersion\nkind: Pod', 0, 9],
  ['cw changes a word', 'cwkind\x1b', 'kind: v1\nkind: Pod', 0, 3],
  ['C changes to the end of the line', 'f', 'apiVersion: v1\nkind: Pod', 0, 0],
  ['yyp duplicates a line', 'yyp', 'apiVersion: v1\napiVersion: v1\nkind: Pod', 1, 0],
  ['ddp swaps two lines', 'ddp', 'kind: Pod\napiVersion: v1', 1, 0],
  ['P puts above', 'jyykP', 'kind: Pod\napiVersion: v1\nkind: Pod', 0, 0],
  ['A appends at the end of the line', 'A # api\x1b', 'apiVersion: v1 # api\nkind: Pod', 0, 19],
  ['I inserts before the first non-blank', 'jI- \x1b', 'apiVersion: v1\n- kind: Pod', 1, 1],
  ['r replaces one character', 'wwr2', 'apiVersion: 21\nkind: Pod', 0, 12],
  ['u undoes the last change', 'ddu', 'apiVersion: v1\nkind: Pod', 0, 0],
  ['u undoes several levels', 'xxxuu', 'piVersion: v1\nkind: Pod', 0, 0],
  ['Ctrl-R redoes', 'ddu\x12', 'kind: Pod', 0, 0],
  ['. repeats dd', 'dd.', '', 0, 0],
  ['. repeats an insert', 'A!\x1bj.', 'apiVersion: v1!\nkind: Pod!', 1, 9],
  ['J joins lines', 'J', 'apiVersion: v1 kind: Pod', 0, 14],
  ['~ flips case', '~', 'ApiVersion: v1\nkind: Pod', 0, 1],
  ['o opens a line below', 'okind: List\x1b', 'apiVersion: v1\nkind: List\nkind: Pod', 1, 9],
  ['O opens a line above', 'jO# x\x1b', 'apiVersion: v1\n# x\nkind: Pod', 1, 2],
  ['Backspace in insert mode joins lines', 'ji\x7f\x1b', 'apiVersion: v1kind: Pod', 0, 13],
];

describe('vi normal-mode commands', () => {
  it.each(CASES.filter((c) => c[1] !== 'f'))('%s', (_what, typed, want, row, col) => {
    const ed = run('apiVersion: v1\nkind: Pod', typed);
    expect(ed.lines.join('\n')).toBe(want);
    expect({ row: ed.row, col: ed.col }).toEqual({ row, col });
    expect(ed.mode).toBe('normal');
  });

  it('C changes to the end of the line', () => {
    const ed = run('apiVersion: v1', 'wwCv2\x1b');
    expect(ed.lines).toEqual(['apiVersion: v2']);
  });
});

describe('vi motions', () => {
  const MOTIONS: [string, number, number][] = [
    ['w', 0, 10], ['ww', 0, 12], ['www', 1, 0], ['e', 0, 9], ['ee', 0, 10], ['$', 0, 13], ['j$', 1, 8],
    ['jjj^', 3, 2], ['G', 7, 4], ['Ggg', 0, 0], ['3G', 2, 0], ['5j', 5, 0], ['jjjjjjj$b', 7, 19], ['j0', 1, 0],
    ['\x1b[B\x1b[B\x1b[C', 2, 1], ['llh', 0, 1], ['Gk', 6, 4], ['$jj', 2, 8],
  ];
  it.each(MOTIONS)('%j moves to row %i col %i', (typed, row, col) => {
    const ed = run(YAML, typed);
    expect({ row: ed.row, col: ed.col }).toEqual({ row, col });
  });
});

describe('vi insert mode', () => {
  it('keeps the previous line\'s indentation on Enter (autoindent)', () => {
    const ed = run('spec:\n  containers:', 'GA\r- name: web\rimage: nginx\x1b');
    expect(ed.lines).toEqual(['spec:', '  containers:', '  - name: web', '  image: nginx']);
  });

  it('drops an autoindent left empty when leaving insert mode', () => {
    const ed = run('  name: web', 'o\x1b');
    expect(ed.lines).toEqual(['  name: web', '']);
  });

  it('stacks indentation when a multi-line paste arrives as typed keys, but not with :set paste', () => {
    const typedPaste = 'o  a:\r    b: 1\r\x1b';
    expect(run('x:', typedPaste).lines).toEqual(['x:', '  a:', '      b: 1', '']);
    expect(run('x:', `:set paste\r${typedPaste}`).lines).toEqual(['x:', '  a:', '    b: 1', '']);
  });

  it('inserts a bracketed paste as it is, whatever autoindent says', () => {
    const ed = editor('spec:');
    for (const k of keys('o')) ed.key(k);
    ed.key({ paste: '  containers:\n  - name: web\n    image: nginx' });
    ed.key('\x1b');
    expect(ed.lines).toEqual(['spec:', '  containers:', '  - name: web', '    image: nginx']);
  });
});

describe('vi search', () => {
  it('/ finds the next match and n the one after, wrapping around', () => {
    const ed = run(YAML, '/name\r');
    expect({ row: ed.row, col: ed.col }).toEqual({ row: 3, col: 2 });
    for (const k of 'n') ed.key(k);
    expect({ row: ed.row, col: ed.col }).toEqual({ row: 6, col: 4 });
    for (const k of 'n') ed.key(k);
    expect({ row: ed.row, col: ed.col }).toEqual({ row: 3, col: 2 });
    expect(ed.message?.text).toBe('search hit BOTTOM, continuing at TOP');
    for (const k of 'N') ed.key(k);
    expect(ed.row).toBe(6);
  });

  it('says E486 when nothing matches', () => {
    expect(run(YAML, '/nope\r').message).toEqual({ text: 'E486: Pattern not found: nope', error: true });
  });
});

describe('vi ex commands', () => {
  it(':q refuses to drop changes, :q! does', () => {
    const ed = run('a', 'x:q\r');
    expect(ed.message).toEqual({ text: 'E37: No write since last change (add ! to override)', error: true });
    expect(ed.exitCode).toBeUndefined();
    for (const k of keys(':q!\r')) ed.key(k);
    expect(ed.exitCode).toBe(0);
  });

  it('undoing back to the written text makes :q work again', () => {
    const ed = run('a', 'xu:q\r');
    expect(ed.exitCode).toBe(0);
  });

  it(':w reports lines and bytes; :w other leaves the buffer modified', () => {
    const files: Record<string, string> = { 'pod.yaml': 'kind: Pod\n' };
    const ed = editor('kind: Pod', files);
    for (const k of keys('A # x\x1b:w copy.yaml\r')) ed.key(k);
    expect(files['copy.yaml']).toBe('kind: Pod # x\n');
    expect(ed.message?.text).toBe('"copy.yaml" [New] 1L, 14B written');
    expect(ed.modified).toBe(true);
    for (const k of keys(':w\r')) ed.key(k);
    expect(ed.message?.text).toBe('"pod.yaml" 1L, 14B written');
    expect(ed.modified).toBe(false);
  });

  it(':N goes to line N, :$ to the last', () => {
    const ed = run(YAML, ':4\r');
    expect({ row: ed.row, col: ed.col }).toEqual({ row: 3, col: 2 });
    for (const k of keys(':$\r')) ed.key(k);
    expect(ed.row).toBe(7);
  });

  it('names unknown commands and options as vim does', () => {
    expect(run('a', ':foo\r').message?.text).toBe('E492: Not an editor command: foo');
    expect(run('a', ':set bogus\r').message?.text).toBe('E518: Unknown option: bogus');
  });

  it('Ctrl-C in normal mode says how to quit', () => {
    expect(run('a', '\x03').message?.text).toBe('Type  :qa!  and press <Enter> to abandon all changes and exit Vim');
  });
});

describe('vi substitutions and line ranges', () => {
  const IMAGES = 'containers:\n- image: nginx:1.14\n- image: nginx:1.14\n- image: busybox';
  const CASES: [string, string, string, string | undefined][] = [
    [':s changes the first match on the cursor line', 'j:s/1.14/1.27/\r', 'containers:\n- image: nginx:1.27\n- image: nginx:1.14\n- image: busybox', undefined],
    [':%s changes every line', ':%s/nginx/httpd/\r', 'containers:\n- image: httpd:1.14\n- image: httpd:1.14\n- image: busybox', undefined],
    [':%s///g with groups and &', ':%s/\\(image\\): \\(\\w\\+\\)/\\1: "&"/g\r', 'containers:\n- image: "image: nginx":1.14\n- image: "image: nginx":1.14\n- image: "image: busybox"', '3 substitutions on 3 lines'],
    [':2,3s with another delimiter', ':2,3s#:1.14##\r', 'containers:\n- image: nginx\n- image: nginx\n- image: busybox', undefined],
    [':%s reports E486 when nothing matches', ':%s/redis/x/\r', IMAGES, 'E486: Pattern not found: redis'],
    [':%d empties the buffer', ':%d\r', '', '4 fewer lines'],
    [':2,3d deletes a range', ':2,3d\r', 'containers:\n- image: busybox', undefined],
  ];
  it.each(CASES)('%s', (_what, typed, want, message) => {
    const ed = run(IMAGES, typed);
    expect(ed.lines.join('\n')).toBe(want);
    expect(ed.message?.text).toBe(message);
  });

  it('u undoes a whole substitution', () => {
    expect(run(IMAGES, ':%s/nginx/httpd/\ru').lines.join('\n')).toBe(IMAGES);
  });
});

describe('vi indentation', () => {
  it('>> shifts by a tab with the defaults, by two spaces after :set et sw=2', () => {
    expect(run('a:\nb: 1', 'j>>').lines).toEqual(['a:', '\tb: 1']);
    expect(run('a:\nb: 1', ':set et sw=2\rj>>').lines).toEqual(['a:', '  b: 1']);
    expect(run('a:\n    b: 1', ':set et sw=2\rj<<').lines).toEqual(['a:', '  b: 1']);
  });

  it('>j shifts two lines', () => {
    expect(run('a\nb\nc', ':set sw=4 et\r>j').lines).toEqual(['    a', '    b', 'c']);
  });

  it('Tab inserts spaces to the next tab stop with expandtab', () => {
    expect(run('', ':set et ts=2\ri\tx\x1b').lines).toEqual(['  x']);
    expect(run('', 'i\tx\x1b').lines).toEqual(['\tx']);
  });
});

describe('vi page keys', () => {
  it('Ctrl-F moves a page down and Ctrl-B back', () => {
    const ed = run(Array.from({ length: 100 }, (_, i) => `l${i}`).join('\n'), '\x06');
    expect(ed.row).toBe(21);
    for (const k of keys('\x02')) ed.key(k);
    expect(ed.row).toBe(0);
  });
});

describe('vi f/t motions and text objects', () => {
  const LINE = 'image: "nginx:1.27" # web (front)';
  const CASES: [string, string, string, number][] = [
    ['f: finds a character', 'f:x', 'image "nginx:1.27" # web (front)', 5],
    ['2f: finds the second', '2f:x', 'image: "nginx1.27" # web (front)', 13],
    ['t" stops before', 't"x', 'image:"nginx:1.27" # web (front)', 6],
    ['; repeats f', 'f:;x', 'image: "nginx1.27" # web (front)', 13],
    ['dt# deletes up to #', 'dt#', '# web (front)', 0],
    ['df" deletes through', 'df"', 'nginx:1.27" # web (front)', 0],
    ['ciw changes the word', 'ciwimg\x1b', 'img: "nginx:1.27" # web (front)', 2],
    ['diw on punctuation takes the run of it', 'wwdiw', 'image: nginx:1.27" # web (front)', 7],
    ['daw takes the trailing blank', '$bbbdaw', 'image: "nginx:1.27" # (front)', 22],
    ['daw without a trailing blank takes none before a bracket', '$bdaw', 'image: "nginx:1.27" # web ()', 27],
    ['ci" changes inside quotes', 'ci"httpd:2\x1b', 'image: "httpd:2" # web (front)', 14],
    ['da" deletes the quoted string', 'f"da"', 'image: # web (front)', 7],
    ['di( empties brackets', '$di(', 'image: "nginx:1.27" # web ()', 27],
    ['yi" then P', 'yi"0P', 'nginx:1.27image: "nginx:1.27" # web (front)', 9],
  ];
  it.each(CASES)('%s', (_what, typed, want, col) => {
    const ed = run(LINE, typed);
    expect(ed.lines[0]).toBe(want);
    expect(ed.col).toBe(col);
  });

  it('ci{ spans lines', () => {
    const ed = run('a {\n  b\n  c\n}', 'jci{x\x1b');
    expect(ed.lines).toEqual(['a {', 'x', '}']);
    expect(run('f(a,\n  b)', 'jdi(').lines).toEqual(['f()']);
  });
});

describe('vi visual mode', () => {
  const Y = 'a:\nb: 1\nc: 2\nd: 3';
  const CASES: [string, string, string, number, number][] = [
    ['Vjd deletes two lines', 'jVjd', 'a:\nd: 3', 1, 0],
    ['V>> shifts the selected lines', ':set et sw=2\rjVjj>', 'a:\n  b: 1\n  c: 2\n  d: 3', 1, 2],
    ['vey yanks to the end of the next word and P puts it', 'veyjP', 'a:\na:b: 1\nc: 2\nd: 3', 1, 1],
    ['v$d deletes to the end of the line', 'jlv$d', 'a:\nb\nc: 2\nd: 3', 1, 0],
    ['vjd deletes across lines', 'jlvjd', 'a:\nb 2\nd: 3', 1, 1],
    ['Vc changes lines', 'jVjcx\x1b', 'a:\nx\nd: 3', 1, 0],
    ['Vyp copies lines below', 'Vjyjjp', 'a:\nb: 1\nc: 2\na:\nb: 1\nd: 3', 3, 0],
    ['VU upper-cases', 'jVU', 'a:\nB: 1\nc: 2\nd: 3', 1, 0],
    ['vr replaces characters', 'jvlrx', 'a:\nxx 1\nc: 2\nd: 3', 1, 0],
    ['Esc leaves without a change', 'jVj\x1b', Y, 2, 0],
    ['viw selects a word', 'jwwviwd', 'a:\nb: \nc: 2\nd: 3', 1, 2],
    ['o jumps to the other end', 'jlvjohd', 'a:\n 2\nd: 3', 1, 0],
  ];
  it.each(CASES)('%s', (_what, typed, want, row, col) => {
    const ed = run(Y, typed);
    expect(ed.lines.join('\n')).toBe(want);
    expect({ row: ed.row, col: ed.col }).toEqual({ row, col });
    expect(ed.mode).toBe('normal');
  });

  it(": on a selection starts :'<,'> and :s works on those lines", () => {
    const ed = run(Y, 'jVj:');
    expect(ed.cmdline.text).toBe("'<,'>");
    for (const k of keys('s/: /=/\r')) ed.key(k);
    expect(ed.lines).toEqual(['a:', 'b=1', 'c=2', 'd: 3']);
  });
});

describe('vi softtabstop', () => {
  it('Tab and Backspace move by soft tab stops of spaces', () => {
    expect(run('', ':set et sts=2\ri\t\tx\x1b').lines).toEqual(['    x']);
    expect(run('    x', ':set et sts=2\rI\x7f\x1b').lines).toEqual(['  x']);
    expect(run('   x', ':set et sts=2\rI\x7f\x1b').lines).toEqual(['  x']);
    expect(run('    x', 'I\x7f\x1b').lines).toEqual(['   x']);
  });
});

describe('vi :e and :r', () => {
  it(':e! throws away the changes and reloads the file', () => {
    const files = { 'pod.yaml': 'kind: Pod\n' };
    const ed = editor('kind: Pod', files);
    for (const k of keys('ddikind: List\x1b:e\r')) ed.key(k);
    expect(ed.message?.text).toBe('E37: No write since last change (add ! to override)');
    for (const k of keys(':e!\r')) ed.key(k);
    expect(ed.lines).toEqual(['kind: Pod']);
    expect(ed.modified).toBe(false);
    expect(ed.message?.text).toBe('"pod.yaml" 1L, 10B');
  });

  it(':r reads a file in below the cursor', () => {
    const ed = editor('a\nb', { 'x.txt': 'x1\nx2\n' });
    for (const k of keys(':r x.txt\r')) ed.key(k);
    expect(ed.lines).toEqual(['a', 'x1', 'x2', 'b']);
    for (const k of keys(':r nope\r')) ed.key(k);
    expect(ed.message?.text).toBe("E484: Can't open file nope");
  });
});
