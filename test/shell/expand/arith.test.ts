import { describe, it, expect } from 'vitest';
import { evalArith } from '../../../src/shell/expand/arith.ts';

function run(expr: string, vars: Record<string, string> = {}) {
  const r = evalArith(expr, { get: (n) => vars[n], set: (n, v) => { vars[n] = v; } });
  return r.ok ? String(r.value) : `error: ${r.error}`;
}

describe('shell arithmetic', () => {
  it.each([
    ['1 + 2 * 3', '7'], ['(1 + 2) * 3', '9'], ['2 ** 3 ** 2', '512'], ['-2 ** 2', '4'],
    ['7 / -2', '-3'], ['-7 % 3', '-1'], ['1 << 62', '4611686018427387904'], ['-1 >> 1', '-1'],
    ['~5', '-6'], ['!5', '0'], ['3 > 2 && 2 > 1', '1'], ['0 || 0', '0'], ['5 & 6 | 1 ^ 3', '6'],
    ['1 ? 2 : 3', '2'], ['0 ? 2 : 0 ? 3 : 4', '4'], ['0x10 + 010 + 8#10 + 16#ff', '287'], ['64#_', '63'],
    ['9223372036854775807 + 1', '-9223372036854775808'], ['', '0'], ['  ', '0'],
  ])('%s = %s', (expr, want) => {
    expect(run(expr)).toBe(want);
  });

  it('reads and assigns variables', () => {
    const vars: Record<string, string> = { x: '5', e: 'x * 2' };
    expect(run('x += 3, y = x++, e', vars)).toBe('18');
    expect(vars).toMatchObject({ x: '9', y: '8' });
  });

  it('does not evaluate the side not taken', () => {
    const vars: Record<string, string> = { x: '1' };
    expect(run('0 && (x = 5)', vars)).toBe('0');
    expect(run('1 || x++', vars)).toBe('1');
    expect(run('1 ? 2 : 1 / 0', vars)).toBe('2');
    expect(vars.x).toBe('1');
  });

  it.each([
    ['1 / 0', 'error: 1 / 0: division by 0 (error token is "0")'],
    ['1 +', 'error: 1 +: syntax error: operand expected (error token is "+")'],
    ['2 ** -1', 'error: 2 ** -1: exponent less than 0 (error token is "1")'],
    ['1 2', 'error: 1 2: syntax error in expression (error token is "2")'],
    ['09', 'error: 09: value too great for base (error token is "09")'],
  ])('%s fails as bash says', (expr, want) => {
    expect(run(expr)).toBe(want);
  });
});
