// The splash vim shows when started without a file (`vi` alone), until the buffer changes.
// Models vim's src/version.c (intro_message) as Debian builds it (vim 9.1 with MODIFIED_BY).

const INTRO = [
  'VIM - Vi IMproved',
  '',
  'version 9.1.16',
  'by Bram Moolenaar et al.',
  'Modified by team+vim@tracker.debian.org',
  'Vim is open source and freely distributable',
  '',
  'Help poor children in Uganda!',
  'type  :help iccf<Enter>       for information ',
  '',
  'type  :q<Enter>               to exit         ',
  'type  :help<Enter>  or  <F1>  for on-line help',
  'type  :help version9<Enter>   for version info',
];

/** The `~` rows with the intro text centred in them, or undefined when it does not fit. */
export function introRows(cols: number, textRows: number, tilde: string): string[] | undefined {
  if (textRows < INTRO.length + 2 || cols < 50) return undefined;
  const top = Math.floor((textRows - INTRO.length) / 2);
  return Array.from({ length: textRows }, (_, i) => {
    if (i === 0) return '';
    const text = INTRO[i - top];
    if (text === undefined || text === '') return tilde;
    return `${tilde}${' '.repeat(Math.max(0, Math.floor((cols - text.length) / 2) - 1))}\x1b[0m${text}`;
  });
}
