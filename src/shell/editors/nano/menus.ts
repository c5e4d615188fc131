// The two help lines at the bottom of nano 7.2 and how many shortcuts fit: the main menu, the
// write-out and search prompts, and the yes/no question of ^X.
// Models nano's src/winio.c (bottombars, post_one_key) and src/global.c (the shortcut lists).

export type MenuItem = [key: string, tag: string];

export const MAIN_MENU: MenuItem[] = [
  ['^G', 'Help'], ['^X', 'Exit'], ['^O', 'Write Out'], ['^R', 'Read File'], ['^W', 'Where Is'], ['^\\', 'Replace'],
  ['^K', 'Cut'], ['^U', 'Paste'], ['^T', 'Execute'], ['^J', 'Justify'], ['^C', 'Location'], ['^/', 'Go To Line'],
  ['M-U', 'Undo'], ['M-E', 'Redo'], ['M-A', 'Set Mark'], ['M-6', 'Copy'], ['M-]', 'To Bracket'], ['M-Q', 'Previous'],
  ['^B', 'Back'], ['^F', 'Forward'], ['^◂', 'Prev Word'], ['^▸', 'Next Word'], ['^A', 'Home'], ['^E', 'End'],
];

export const WRITE_MENU: MenuItem[] = [
  ['^G', 'Help'], ['^C', 'Cancel'], ['M-D', 'DOS Format'], ['M-M', 'Mac Format'], ['M-A', 'Append'], ['M-P', 'Prepend'],
  ['M-B', 'Backup File'], ['^T', 'Browse'],
];

export const SEARCH_MENU: MenuItem[] = [
  ['^G', 'Help'], ['^C', 'Cancel'], ['M-C', 'Case Sens'], ['M-B', 'Backwards'], ['M-R', 'Reg.exp.'], ['^R', 'Replace'],
  ['^P', 'Older'], ['^N', 'Newer'], ['^T', 'Go To Line'], ['^Y', 'First Line'], ['^V', 'Last Line'],
];

export const GOTO_MENU: MenuItem[] = [
  ['^G', 'Help'], ['^C', 'Cancel'], ['^Y', 'First Line'], ['^V', 'Last Line'], ['^T', 'Go To Text'],
];

export const HELP_MENU: MenuItem[] = [['^X', 'Close'], ['^C', 'Close'], ['^Y', 'Prev Page'], ['^V', 'Next Page']];

const KEY = '\x1b[7m';
const RESET = '\x1b[0m';

/** One shortcut in `width` columns: the key in reverse video, a space, the tag cut to fit. */
function item([key, tag]: MenuItem, width: number): { text: string; cells: number } {
  const room = width - [...key].length - 1;
  const shown = room > 0 ? ` ${tag.slice(0, room)}` : '';
  const used = [...key].length + shown.length;
  return { text: `${KEY}${key}${RESET}${shown}${' '.repeat(Math.max(0, width - used))}`, cells: Math.max(width, used) };
}

/** The two help lines for `menu` on a terminal `cols` wide. */
export function helpLines(menu: MenuItem[], cols: number): [string, string] {
  const maximum = Math.floor((cols + 40) / 20) * 2;
  const number = Math.min(menu.length, maximum);
  const itemWidth = Math.floor(cols / Math.floor((number + 1) / 2));
  const rows: [string, string] = ['', ''];
  if (itemWidth === 0) return rows;
  for (let i = 0; i < number; i++) {
    const width = itemWidth + (i < number - 2 ? 0 : cols % itemWidth);
    rows[i % 2] += item(menu[i], width).text;
  }
  return [rows[0].trimEnd(), rows[1].trimEnd()];
}

/** The Yes/No(/Cancel) lines of nano's do_yesno_prompt. */
export function yesNoLines(cols: number): [string, string] {
  const width = Math.floor(cols / 6);
  return [item([' Y', 'Yes'], width).text.trimEnd(), (item([' N', 'No'], width).text + item(['^C', 'Cancel'], width).text).trimEnd()];
}
