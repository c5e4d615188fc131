// How a line of text occupies terminal cells in both editors: tabs run to the next tab stop and
// control characters show as ^X, as vim and nano draw them.

/** Screen cells of a line: tabs expanded (or `^I` for vim's 'list'), control characters as `^X`. */
export function displayCells(line: string, tabstop = 8, list = false): string[] {
  const cells: string[] = [];
  for (const ch of line) {
    if (ch === '\t' && !list) {
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
