// The key bar under a terminal for touch screens, whose on-screen keyboards lack Tab, Ctrl and
// arrows: each key and the bytes a real terminal sends for it (xterm's own encodings).

export interface BarKey {
  id: string;
  /** What the button shows. */
  label: string;
  /**
   * Its accessible name where the label is a symbol (arrows); text labels are their own name, as
   * WCAG 2.5.3 asks, and carry the long name as a tooltip.
   */
  name: string;
  symbol?: true;
}

export const KEY_BAR: readonly BarKey[] = [
  { id: 'tab', label: 'Tab', name: 'Tab' },
  { id: 'ctrl-c', label: 'Ctrl-C', name: 'Control C' },
  { id: 'ctrl-d', label: 'Ctrl-D', name: 'Control D' },
  { id: 'esc', label: 'Esc', name: 'Escape' },
  { id: 'up', label: '↑', name: 'Up arrow', symbol: true },
  { id: 'down', label: '↓', name: 'Down arrow', symbol: true },
  { id: 'left', label: '←', name: 'Left arrow', symbol: true },
  { id: 'right', label: '→', name: 'Right arrow', symbol: true },
  { id: 'ctrl-l', label: 'Ctrl-L', name: 'Control L' },
];

const ARROWS: Record<string, string> = { up: 'A', down: 'B', right: 'C', left: 'D' };

/**
 * The bytes for a bar key. Arrows follow DECCKM as xterm does: `ESC [ A` normally, `ESC O A` when
 * a full-screen program (vi) has switched the terminal to application cursor keys.
 */
export function keyBytes(id: string, applicationCursor = false): string | undefined {
  if (id in ARROWS) return `\x1b${applicationCursor ? 'O' : '['}${ARROWS[id]}`;
  switch (id) {
    case 'tab': return '\t';
    case 'ctrl-c': return '\x03';
    case 'ctrl-d': return '\x04';
    case 'esc': return '\x1b';
    case 'ctrl-l': return '\x0c';
    default: return undefined;
  }
}
