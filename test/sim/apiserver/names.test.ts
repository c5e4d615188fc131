import { describe, it, expect } from 'vitest';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from '../../../src/sim/apiserver/names.ts';

describe('name validation', () => {
  it.each([['nginx', true], ['web-1', true], ['a.b', false], ['Nginx', false], ['-a', false], ['a'.repeat(64), false]])(
    'label %s valid=%s', (name, ok) => { expect(isDNS1123Label(name).length === 0).toBe(ok); });

  it.each([['a.b-c', true], ['x', true], ['a..b', false], ['a_b', false], ['a'.repeat(254), false]])(
    'subdomain %s valid=%s', (name, ok) => { expect(isDNS1123Subdomain(name).length === 0).toBe(ok); });

  it('prints the label message with apimachinery double space', () => {
    expect(isDNS1123Label('Bad')).toEqual(["a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"]);
  });

  it.each([['app', true], ['app.kubernetes.io/name', true], ['bad key', false], ['/x', false]])(
    'label key %s valid=%s', (k, ok) => { expect(isQualifiedName(k).length === 0).toBe(ok); });

  it.each([['', true], ['v1.2_x', true], ['-x', false], ['has space', false]])(
    'label value %j valid=%s', (v, ok) => { expect(isValidLabelValue(v).length === 0).toBe(ok); });
});
