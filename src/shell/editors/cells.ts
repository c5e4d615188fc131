// How a line of text occupies terminal cells in both editors: tabs run to the next tab stop and
// control characters show as ^X, as vim and nano draw them.

/** Screen cells of a line: tabs expanded, control characters as two cells `^X`. */
export function displayCells(line: string, tabstop = 8): string[] {
  const cells: string[] = [];
  for (const ch of line) {
    if (ch === '\t') {
      const n = tabstop - (cells.length % tabstop);
      for (let i = 0; i < n; i++) cells.push(' ');
    } else if (ch < ' ' || ch === '\x7f') {
      cells.push('^', ch === '\x7f' ? '?' : String.fromCharCode(ch.charCodeAt(0) + 64));
    } else {
      cells.push(ch);
    }
  }
  return cells;
}
