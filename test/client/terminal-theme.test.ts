import { describe, it, expect } from 'vitest';
import { contrastRatio, TERMINAL_THEMES, themeOf } from '../../src/client/terminal-theme.ts';

const CHROMATIC = ['red', 'green', 'yellow', 'blue', 'magenta', 'cyan'] as const;

describe('the terminal themes', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it.each(['dark', 'light'] as const)('keeps %s text at 7:1 and its colours at 4.5:1 or more', (name) => {
    const t = TERMINAL_THEMES[name];
    expect(contrastRatio(t.foreground!, t.background!)).toBeGreaterThanOrEqual(7);
    for (const c of CHROMATIC) expect(contrastRatio(t[c]!, t.background!), c).toBeGreaterThanOrEqual(4.5);
  });

  it.each([['light', 'light'], ['dark', 'dark'], [undefined, 'dark'], ['auto', 'dark']])('reads data-theme %j as %s', (value, theme) => {
    expect(themeOf(value)).toBe(theme);
  });
});
