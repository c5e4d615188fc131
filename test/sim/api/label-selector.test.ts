import { describe, it, expect } from 'vitest';
import { matchesSelector, parseLabelSelector, type Selector } from '../../../src/sim/api/label-selector.ts';

const labels = { app: 'web', tier: 'fe' };

describe('label selectors', () => {
  it.each([
    ['', true], ['app=web', true], ['app==web', true], ['app!=web', false], ['app in (web, db)', true],
    ['app notin (web)', false], ['tier', true], ['!tier', false], ['!canary', true], ['app=web,tier=be', false],
    ['missing!=x', true], ['app in (db),tier', false],
  ])('%j matches app=web,tier=fe: %s', (sel, want) => {
    const parsed = parseLabelSelector(sel);
    expect('error' in parsed).toBe(false);
    expect(matchesSelector(parsed as Selector, labels)).toBe(want);
  });

  it('reports a selector it cannot parse', () => {
    expect(parseLabelSelector('app===x')).toHaveProperty('error');
  });
});
