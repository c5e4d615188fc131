// The editable line of a canonical-mode read: text, cursor, history and the kill buffer, as
// readline keeps them. Pure state: the tty decides how to draw it.

export class History {
  private readonly entries: string[] = [];
  private readonly max: number;

  constructor(max = 1000) {
    this.max = max;
  }

  add(line: string): void {
    if (line.trim() === '') return;
    if (this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
    if (this.entries.length > this.max) this.entries.shift();
  }

  get length(): number {
    return this.entries.length;
  }

  at(i: number): string {
    return this.entries[i];
  }

  list(): readonly string[] {
    return this.entries;
  }

  clear(): void {
    this.entries.length = 0;
  }

  replace(lines: readonly string[]): void {
    this.entries.length = 0;
    for (const l of lines) this.add(l);
  }
}

export class LineEditor {
  text = '';
  cursor = 0;
  private killed = '';
  /** Index into history while browsing; history.length means the line being typed. */
  private browse: number;
  private draft = '';
  private readonly history: History;

  constructor(history: History) {
    this.history = history;
    this.browse = history.length;
  }

  reset(): void {
    this.text = '';
    this.cursor = 0;
    this.browse = this.history.length;
    this.draft = '';
  }

  insert(s: string): void {
    this.text = this.text.slice(0, this.cursor) + s + this.text.slice(this.cursor);
    this.cursor += s.length;
  }

  backspace(): void {
    if (this.cursor === 0) return;
    this.text = this.text.slice(0, this.cursor - 1) + this.text.slice(this.cursor);
    this.cursor--;
  }

  deleteForward(): void {
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.cursor + 1);
  }

  left(): void {
    if (this.cursor > 0) this.cursor--;
  }

  right(): void {
    if (this.cursor < this.text.length) this.cursor++;
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.text.length;
  }

  wordLeft(): void {
    let i = this.cursor;
    while (i > 0 && !isWordChar(this.text[i - 1])) i--;
    while (i > 0 && isWordChar(this.text[i - 1])) i--;
    this.cursor = i;
  }

  wordRight(): void {
    let i = this.cursor;
    while (i < this.text.length && !isWordChar(this.text[i])) i++;
    while (i < this.text.length && isWordChar(this.text[i])) i++;
    this.cursor = i;
  }

  /** Ctrl-K */
  killToEnd(): void {
    this.killed = this.text.slice(this.cursor);
    this.text = this.text.slice(0, this.cursor);
  }

  /** Ctrl-U */
  killToStart(): void {
    this.killed = this.text.slice(0, this.cursor);
    this.text = this.text.slice(this.cursor);
    this.cursor = 0;
  }

  /** Ctrl-W: the previous whitespace-delimited word, as readline's unix-word-rubout. */
  killWordBack(): void {
    let i = this.cursor;
    while (i > 0 && this.text[i - 1] === ' ') i--;
    while (i > 0 && this.text[i - 1] !== ' ') i--;
    this.killed = this.text.slice(i, this.cursor);
    this.text = this.text.slice(0, i) + this.text.slice(this.cursor);
    this.cursor = i;
  }

  /** Ctrl-Y */
  yank(): void {
    this.insert(this.killed);
  }

  historyPrev(): void {
    if (this.browse === 0) return;
    if (this.browse === this.history.length) this.draft = this.text;
    this.browse--;
    this.text = this.history.at(this.browse);
    this.cursor = this.text.length;
  }

  historyNext(): void {
    if (this.browse >= this.history.length) return;
    this.browse++;
    this.text = this.browse === this.history.length ? this.draft : this.history.at(this.browse);
    this.cursor = this.text.length;
  }
}

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c);
}
