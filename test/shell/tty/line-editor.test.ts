import { describe, expect, it } from 'vitest';
import { History, LineEditor } from '../../../src/shell/tty/line-editor.ts';

function editor(text: string, cursor = text.length) {
  const ed = new LineEditor(new History());
  ed.insert(text);
  ed.cursor = cursor;
  return ed;
}

describe('LineEditor', () => {
  it.each([
    ['killToEnd', 'kubectl get pods', 8, 'kubectl ', 8],
    ['killToStart', 'kubectl get pods', 8, 'get pods', 0],
    ['killWordBack', 'kubectl get pods', 16, 'kubectl get ', 12],
    ['killWordBack', 'kubectl get   ', 14, 'kubectl ', 8],
    ['backspace', 'abc', 1, 'bc', 0],
    ['deleteForward', 'abc', 1, 'ac', 1],
  ] as const)('%s on "%s" at %i leaves "%s" with the cursor at %i', (op, text, at, want, cursor) => {
    const ed = editor(text, at);
    ed[op]();
    expect(ed.text).toBe(want);
    expect(ed.cursor).toBe(cursor);
  });

  it('yanks what was killed last', () => {
    const ed = editor('one two');
    ed.killWordBack();
    ed.home();
    ed.yank();
    expect(ed.text).toBe('twoone ');
  });

  it('walks history and comes back to the line being typed', () => {
    const h = new History();
    h.add('first');
    h.add('second');
    const ed = new LineEditor(h);
    ed.insert('draft');
    ed.historyPrev();
    expect(ed.text).toBe('second');
    ed.historyPrev();
    ed.historyPrev();
    expect(ed.text).toBe('first');
    ed.historyNext();
    ed.historyNext();
    expect(ed.text).toBe('draft');
  });

  it('does not record blank lines or an immediate repeat in history', () => {
    const h = new History();
    for (const l of ['ls', 'ls', '  ', 'pwd', 'ls']) h.add(l);
    expect(h.list()).toEqual(['ls', 'pwd', 'ls']);
  });
});
