// The terminal's colours for Starlight's dark and light themes. Both keep body text above 7:1
// against the background; xterm's minimumContrastRatio lifts any ANSI colour a program picks
// that would fall under 4.5:1 (black text on the dark theme, yellow on the light one).

import type { ITheme } from '@xterm/xterm';

export type ThemeName = 'dark' | 'light';

export const MINIMUM_CONTRAST = 4.5;

export const TERMINAL_THEMES: Record<ThemeName, ITheme> = {
  dark: {
    background: '#14161b', foreground: '#e6e6e6', cursor: '#8ab4f8', cursorAccent: '#14161b', selectionBackground: '#3a4a66',
    black: '#2e3440', red: '#ff7b72', green: '#7ee787', yellow: '#e3b341', blue: '#79c0ff', magenta: '#d2a8ff', cyan: '#56d4dd', white: '#d0d7de',
    brightBlack: '#8b949e', brightRed: '#ffa198', brightGreen: '#aff5b4', brightYellow: '#f8e3a1', brightBlue: '#a5d6ff', brightMagenta: '#e2c5ff', brightCyan: '#b3f0ff', brightWhite: '#ffffff',
  },
  light: {
    background: '#fbfbfc', foreground: '#1f2328', cursor: '#0550ae', cursorAccent: '#fbfbfc', selectionBackground: '#b6d3ff',
    black: '#1f2328', red: '#b3261e', green: '#116329', yellow: '#7a4d00', blue: '#0550ae', magenta: '#8250df', cyan: '#0b6375', white: '#57606a',
    brightBlack: '#57606a', brightRed: '#a40e26', brightGreen: '#1a7f37', brightYellow: '#633c01', brightBlue: '#0969da', brightMagenta: '#6e40c9', brightCyan: '#1b7c83', brightWhite: '#24292f',
  },
};

/** Starlight keeps the chosen theme on <html data-theme>; anything else counts as dark. */
export function themeOf(value: string | undefined): ThemeName {
  return value === 'light' ? 'light' : 'dark';
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
