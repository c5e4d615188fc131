import { describe, it, expect } from 'vitest';
import {
  addQuantity, canonicalQuantity, compareQuantity, toBytes, toMillis,
} from '../../../src/sim/api/quantity.ts';

describe('resource.Quantity', () => {
  it.each([
    ['0.5', '500m'], [0.5, '500m'], ['1', '1'], [1, '1'], ['100m', '100m'], ['1000m', '1'], ['1500m', '1500m'],
    ['1Gi', '1Gi'], ['1024Mi', '1Gi'], ['128Mi', '128Mi'], ['0.5Gi', '512Mi'], ['1.5Gi', '1536Mi'],
    ['1e3', '1e3'], ['1.5e3', '1500'], ['100M', '100M'], ['1000M', '1G'], ['2000', '2k'], ['0', '0'],
    ['512', '512'], ['0.1', '100m'], ['1Ki', '1Ki'], ['100Ki', '100Ki'], ['-1', '-1'], ['12e6', '12e6'],
  ])('stores %s as %s', (input, want) => {
    expect(canonicalQuantity(input)).toBe(want);
  });

  it.each(['abc', '', '1.2.3', '1Qi', '--1', '1 Gi'])('rejects %j', (input) => {
    expect(canonicalQuantity(input)).toBeUndefined();
  });

  it.each([
    ['500m', 500], ['1', 1000], ['0.25', 250], ['1e-4', 1], ['2', 2000],
  ])('reads %s as %i millicores', (q, want) => {
    expect(toMillis(q)).toBe(want);
  });

  it.each([
    ['128Mi', 134217728], ['1Gi', 1073741824], ['100M', 100000000], ['1k', 1000], ['0.5', 1],
  ])('reads %s as %i bytes', (q, want) => {
    expect(toBytes(q)).toBe(want);
  });

  it('compares across formats', () => {
    expect(compareQuantity('1Gi', '1024Mi')).toBe(0);
    expect(compareQuantity('1G', '1Gi')).toBe(-1);
    expect(compareQuantity('2', '1500m')).toBe(1);
  });

  it('adds keeping the first operand format', () => {
    expect(addQuantity('500m', '500m')).toBe('1');
    expect(addQuantity('64Mi', '64Mi')).toBe('128Mi');
    expect(addQuantity('100m', '1')).toBe('1100m');
  });
});
