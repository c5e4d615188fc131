// Where Tab was pressed, in shell terms: the words of the simple command under the cursor (after
// the last `|`, `;`, `&&`, `(`…), the partial word being completed with its quoting, and whether
// it follows a redirection. A light scan, not the parser: the line is usually unfinished.

export interface PartialWord {
  /** Index in the line where the completed text starts (after an opening quote, if any). */
  start: number;
  /** The text as typed from `start` to the cursor. */
  raw: string;
  /** The text with quotes and backslashes removed. */
  value: string;
  /** The quote the word is open in: candidates then go in unescaped. */
  quote?: '"' | "'";
}

export interface CommandLine {
  /** The command's words before the one under the cursor, unquoted; assignments left out. */
  words: string[];
  current: PartialWord;
  afterRedirect: boolean;
}

const BREAKS = new Set([';', '&', '|', '(', ')', '`', '{', '}', '\n']);

export function scanCommandLine(line: string, cursor: number): CommandLine {
  const text = line.slice(0, cursor);
  let words: string[] = [];
  let redirect = false;
  let afterRedirect = false;
  let word: PartialWord | undefined;
  let quote: '"' | "'" | undefined;
  const finish = () => {
    if (!word) return;
    if (redirect) redirect = false;
    else if (!(words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value))) words.push(word.value);
    word = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word!.value += text[++i];
      else word!.value += c;
      continue;
    }
    if (c === ' ' || c === '\t') { finish(); continue; }
    if (BREAKS.has(c) || (c === '$' && text[i + 1] === '(')) {
      finish();
      if (c === '$') i++;
      words = [];
      redirect = false;
      continue;
    }
    if (c === '>' || c === '<') {
      // `2>file`: the digits before a redirection are not a word.
      if (word && /^\d+$/.test(word.value)) word = undefined;
      finish();
      redirect = true;
      continue;
    }
    if (!word) word = { start: i, raw: '', value: '' };
    if (c === '"' || c === "'") { quote = c; continue; }
    if (c === '\\' && i + 1 < text.length) { word.value += text[++i]; continue; }
    word.value += c;
  }
  afterRedirect = redirect;
  if (!word) return { words, current: { start: text.length, raw: '', value: '' }, afterRedirect };
  const w: PartialWord = word;
  if (quote) {
    // Complete inside the open quotes: the candidate text is literal there.
    const q = text.lastIndexOf(quote);
    return { words, current: { start: q + 1, raw: text.slice(q + 1), value: w.value, quote }, afterRedirect };
  }
  return { words, current: { start: w.start, raw: text.slice(w.start), value: w.value }, afterRedirect };
}

/** Backslash-escapes what the shell would split or expand, as readline does for file names. */
export function escapeWord(s: string): string {
  return s.replace(/[ \t\n'"\\$`&;|()<>*?[\]!{}#~]/g, (c, i: number) => (c === '~' && i > 0 ? c : `\\${c}`));
}
