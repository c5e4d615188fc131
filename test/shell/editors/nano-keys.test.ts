import { describe, expect, it } from 'vitest';
import { NanoEditor } from '../../../src/shell/editors/nano/editor.ts';
import { findNext, location } from '../../../src/shell/editors/nano/position.ts';

function nano(text: string, files: Record<string, string> = {}): NanoEditor {
  return new NanoEditor({ write: (name, data) => { files[name] = data; return undefined; } }, text.split('\n'), 'pod.yaml');
}

function type(ed: NanoEditor, keys: (string | { paste: string })[]): NanoEditor {
  for (const k of keys) ed.key(k);
  return ed;
}

const chars = (s: string) => [...s];

describe('nano editing keys', () => {
  it('keeps a magic empty line at the end, so written files end in a newline', () => {
    const files: Record<string, string> = {};
    const ed = type(nano('', files), [...chars('kind: Pod'), '\x0f', '\r']);
    expect(ed.lines).toEqual(['kind: Pod', '']);
    expect(files['pod.yaml']).toBe('kind: Pod\n');
    expect(ed.message).toBe('Wrote 1 line');
  });

  it('gathers consecutive ^K cuts and pastes them back with ^U', () => {
    const ed = type(nano('a\nb\nc\n'), ['\x0b', '\x0b', '\x1b[B', '\x15']);
    expect(ed.lines).toEqual(['c', 'a', 'b', '']);
  });

  it('starts a new cut buffer after another key', () => {
    const ed = type(nano('a\nb\nc\n'), ['\x0b', '\x1b[B', '\x1b[A', '\x0b', '\x15']);
    expect(ed.cutBuffer).toEqual(['b']);
  });

  it('joins lines with Backspace at the start of a line', () => {
    expect(type(nano('ab\ncd\n'), ['\x1b[B', '\x7f']).lines).toEqual(['abcd', '']);
  });

  it('undoes a run of typing as one step with M-U and redoes it with M-E', () => {
    const ed = type(nano('x\n'), [...chars('abc'), '\x1bu']);
    expect(ed.lines).toEqual(['x', '']);
    expect(ed.message).toBe('Undid addition');
    expect(ed.modified).toBe(false);
    type(ed, ['\x1be']);
    expect(ed.lines).toEqual(['abcx', '']);
    expect(ed.message).toBe('Redid addition');
  });

  it('inserts a bracketed paste with its line breaks', () => {
    const ed = type(nano('\n'), [{ paste: 'a:\r\n  b: 1' }]);
    expect(ed.lines).toEqual(['a:', '  b: 1', '']);
  });

  it('goes to a line with ^/ (sent as ^_)', () => {
    const ed = type(nano('a\nb\nc\n'), ['\x1f', '3', '\r']);
    expect(ed.row).toBe(2);
  });
});

describe('nano search and location', () => {
  const LINES = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', ''];
  const CASES: [number, number, string, { row?: number; col?: number; message?: string }][] = [
    [0, 0, 'pod', { row: 1, col: 6 }],
    [1, 6, 'pod', { row: 1, col: 6, message: 'This is the only occurrence' }],
    [3, 0, 'api', { row: 0, col: 0, message: 'Search Wrapped' }],
    [0, 0, 'NAME', { row: 3, col: 2 }],
    [0, 0, 'nope', { message: '"nope" not found' }],
  ];
  it.each(CASES)('from %i,%i finds %j', (row, col, needle, want) => {
    expect(findNext(LINES, row, col, needle)).toEqual(want.row === undefined ? want : { message: undefined, ...want });
  });

  it('reports the cursor position as ^C does', () => {
    expect(location(LINES, 1, 0)).toBe('line 2/5 (40%), col 1/10 (10%), char 15/47 (31%)');
  });
});
