import { describe, it, expect } from 'vitest';
import { KEY_BAR, keyBytes } from '../../src/client/terminal-keys.ts';

describe('the terminal key bar', () => {
  it.each([
    ['tab', false, '\t'],
    ['ctrl-c', false, '\x03'],
    ['ctrl-d', false, '\x04'],
    ['esc', false, '\x1b'],
    ['ctrl-l', false, '\x0c'],
    ['up', false, '\x1b[A'],
    ['down', false, '\x1b[B'],
    ['right', false, '\x1b[C'],
    ['left', false, '\x1b[D'],
    ['up', true, '\x1bOA'],
    ['left', true, '\x1bOD'],
    ['ctrl-c', true, '\x03'],
  ])('sends %j (application cursor keys %s) as a terminal would', (id, app, bytes) => {
    expect(keyBytes(id, app)).toBe(bytes);
  });

  it('has bytes for every key it shows and none for unknown keys', () => {
    expect(KEY_BAR.filter((k) => keyBytes(k.id) === undefined)).toEqual([]);
    expect(keyBytes('ctrl-z')).toBeUndefined();
  });
});
