import { describe, expect, it } from 'vitest';
import { KeyReader } from '../../../src/shell/tty/keys.ts';

describe('KeyReader', () => {
  it('splits characters, control keys and escape sequences', () => {
    expect(new KeyReader().feed('a\x7f\x1b[D\x1bOH\x1b[3~\x1bb')).toEqual([
      { kind: 'char', text: 'a' },
      { kind: 'control', code: 0x7f },
      { kind: 'escape', seq: '\x1b[D' },
      { kind: 'escape', seq: '\x1bOH' },
      { kind: 'escape', seq: '\x1b[3~' },
      { kind: 'escape', seq: '\x1bb' },
    ]);
  });

  it('keeps an escape sequence split across two writes whole', () => {
    const r = new KeyReader();
    expect(r.feed('x\x1b[')).toEqual([{ kind: 'char', text: 'x' }]);
    expect(r.feed('A')).toEqual([{ kind: 'escape', seq: '\x1b[A' }]);
  });

  it('returns a bracketed paste as one key, even when it arrives in pieces', () => {
    const r = new KeyReader();
    expect(r.feed('\x1b[200~line one\nli')).toEqual([]);
    expect(r.feed('ne two\x1b[20')).toEqual([]);
    expect(r.feed('1~z')).toEqual([{ kind: 'paste', text: 'line one\nline two' }, { kind: 'char', text: 'z' }]);
  });

  it('keeps astral characters in one key', () => {
    expect(new KeyReader().feed('🙂')).toEqual([{ kind: 'char', text: '🙂' }]);
  });
});
