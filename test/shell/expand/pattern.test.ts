import { describe, it, expect } from 'vitest';
import { matchPattern, replacePattern, trimPattern } from '../../../src/shell/expand/pattern.ts';

describe('shell patterns', () => {
  it.each([
    ['*.yaml', 'pod.yaml', true], ['*.yaml', 'pod.yml', false], ['?', 'a', true], ['?', '', false],
    ['[a-c]x', 'bx', true], ['[!a-c]x', 'bx', false], ['[^a]', 'b', true], ['[]]', ']', true],
    ['[[:digit:]]*', '1abc', true], ['\\*', '*', true], ['\\*', 'a', false], ['a*b*c', 'aXXbYc', true],
    ['web-*', 'web-7d4b9', true], ['(x)', '(x)', true], ['a.c', 'abc', false],
  ])('%s matches %s: %s', (pattern, text, want) => {
    expect(matchPattern(pattern, text)).toBe(want);
  });

  it('trims shortest and longest prefixes and suffixes', () => {
    expect(['#', '##', '%', '%%'].map((op) => trimPattern('a.b.c', op.startsWith('#') ? '*.' : '.*', op as '#'))).toEqual(['b.c', 'c', 'a.b', 'a']);
  });

  it('replaces the first or every match', () => {
    expect(replacePattern('nginx:1.25', ':*', '', false)).toBe('nginx');
    expect(replacePattern('a-b-c', '-', '_', true)).toBe('a_b_c');
  });
});
