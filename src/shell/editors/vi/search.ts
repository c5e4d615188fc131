// vim's `/` and `?`: a vim pattern (magic mode) turned into a JavaScript regular expression, and
// the next match from the cursor, wrapping around the buffer with vim's messages.

import type { Pos } from './motions.ts';

/** Translates magic-mode syntax: `\<` `\>` word edges, `\(…\)` `\|` `\+` `\?` groups, literal `+?(){}|`. */
export function vimPattern(pattern: string): RegExp {
  let js = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i];
      if (n === '<' || n === '>') js += '\\b';
      else if ('()|+?{}'.includes(n)) js += n;
      else js += `\\${n}`;
    } else if ('+?(){}|/'.includes(c)) {
      js += `\\${c}`;
    } else {
      js += c;
    }
  }
  try {
    return new RegExp(js, 'g');
  } catch {
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'g');
  }
}

export type SearchResult = { pos: Pos; wrapped: boolean } | undefined;

function matchesIn(re: RegExp, line: string): number[] {
  const cols: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    cols.push(m.index);
    if (m[0] === '') re.lastIndex++;
  }
  return cols;
}

/** The next match strictly after (or before, backward) `from`, wrapping as vim's 'wrapscan' does. */
export function search(lines: readonly string[], from: Pos, pattern: string, forward: boolean): SearchResult {
  const re = vimPattern(pattern);
  const n = lines.length;
  for (let step = 0; step <= n; step++) {
    const row = forward ? (from.row + step) % n : (from.row - step + n * 2) % n;
    const wrapped = forward ? from.row + step >= n : from.row - step < 0;
    const cols = matchesIn(re, lines[row]);
    const pick = forward
      ? cols.find((c) => step > 0 || c > from.col) ?? (step === n ? cols.find((c) => c <= from.col) : undefined)
      : [...cols].reverse().find((c) => step > 0 || c < from.col) ?? (step === n ? [...cols].reverse().find((c) => c >= from.col) : undefined);
    if (pick !== undefined) return { pos: { row, col: pick }, wrapped: wrapped || step === n };
  }
  return undefined;
}
