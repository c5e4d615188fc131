// Splits the bytes a terminal sends into keys: plain characters, control characters, escape
// sequences (CSI, SS3, Alt-prefixed) and bracketed pastes, so the line editor sees whole keys.

export type Key =
  | { kind: 'char'; text: string }
  | { kind: 'control'; code: number } // 0x00-0x1f and 0x7f
  | { kind: 'escape'; seq: string } // the whole sequence, starting with ESC
  | { kind: 'paste'; text: string };

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** Stateful because a paste or an escape sequence may arrive split across writes. */
export class KeyReader {
  private pending = '';
  private pasting: string | null = null;

  feed(data: string): Key[] {
    let s = this.pending + data;
    this.pending = '';
    const keys: Key[] = [];
    let i = 0;
    while (i < s.length) {
      if (this.pasting !== null) {
        const end = s.indexOf(PASTE_END, i);
        if (end < 0) {
          const keep = partialSuffix(s.slice(i), PASTE_END);
          this.pasting += s.slice(i, s.length - keep);
          this.pending = s.slice(s.length - keep);
          return keys;
        }
        keys.push({ kind: 'paste', text: this.pasting + s.slice(i, end) });
        this.pasting = null;
        i = end + PASTE_END.length;
        continue;
      }
      const ch = s[i];
      if (ch === '\x1b') {
        if (s.startsWith(PASTE_START, i)) {
          this.pasting = '';
          i += PASTE_START.length;
          continue;
        }
        const len = escapeLength(s, i);
        if (len === 0) {
          // Incomplete: wait for the rest, unless it is a lone ESC at the end of a write.
          if (s.length - i === 1) {
            keys.push({ kind: 'escape', seq: '\x1b' });
            i++;
          } else {
            this.pending = s.slice(i);
            return keys;
          }
          continue;
        }
        keys.push({ kind: 'escape', seq: s.slice(i, i + len) });
        i += len;
        continue;
      }
      const code = ch.charCodeAt(0);
      if (code < 0x20 || code === 0x7f) {
        keys.push({ kind: 'control', code });
        i++;
        continue;
      }
      // Keep surrogate pairs together.
      const cp = s.codePointAt(i)!;
      const text = String.fromCodePoint(cp);
      keys.push({ kind: 'char', text });
      i += text.length;
    }
    s = '';
    return keys;
  }
}

/** Length of the escape sequence at s[i] (ESC included), or 0 if it is not complete yet. */
function escapeLength(s: string, i: number): number {
  if (i + 1 >= s.length) return 0;
  const next = s[i + 1];
  if (next === '[') {
    for (let j = i + 2; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c >= 0x40 && c <= 0x7e) return j - i + 1;
    }
    return 0;
  }
  if (next === 'O') return i + 2 < s.length ? 3 : 0;
  return 2; // Alt+key
}

function partialSuffix(s: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, s.length); n > 0; n--) {
    if (marker.startsWith(s.slice(s.length - n))) return n;
  }
  return 0;
}
