import { describe, expect, it } from 'vitest';
import { canonicalQuantity, formatQuantity, sumQuantities } from '../../../src/kubectl/printers/describe/quantity.ts';

describe('resource quantities print in canonical form', () => {
  it.each([
    ['500m', '500m'],
    ['0.5', '500m'],
    ['1000m', '1'],
    ['2', '2'],
    ['128Mi', '128Mi'],
    ['1024Mi', '1Gi'],
    ['0.5Gi', '512Mi'],
    ['150M', '150M'],
    ['1e3', '1k'],
    ['19221248Ki', '19221248Ki'],
    ['18698430040', '18698430040'],
    ['512', '512'],
    ['0', '0'],
    ['1.5', '1500m'],
  ])('%s prints %s', (text, want) => expect(canonicalQuantity(text)).toBe(want));

  it('sums in the format of the first quantity', () => {
    expect(formatQuantity(sumQuantities(['700m', '250m']))).toBe('950m');
    expect(formatQuantity(sumQuantities(['50Mi', '50Mi', '200Mi', '100Mi']))).toBe('400Mi');
    expect(formatQuantity(sumQuantities([]))).toBe('0');
  });
});
