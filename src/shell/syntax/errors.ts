// Parse errors are thrown at the parsing boundary and caught by the shell, which formats them in
// its flavour. `incomplete` tells an interactive shell to prompt with PS2 and read another line.

export class ParseError extends Error {
  readonly incomplete: boolean;
  readonly line: number;
  /** The offending token as bash quotes it (`fi`, `newline`), when there is one. */
  readonly token?: string;
  /** What busybox adds in parentheses: `expecting "fi"`. */
  readonly expecting?: string;
  /** Which kind of problem, so each shell flavour can phrase it. */
  readonly kind: 'token' | 'eof' | 'quote';

  constructor(kind: 'token' | 'eof' | 'quote', line: number, token?: string, expecting?: string) {
    super(kind === 'token' ? `syntax error near unexpected token \`${token}'`
      : kind === 'quote' ? `unexpected EOF while looking for matching \`${token}'`
        : 'syntax error: unexpected end of file');
    this.kind = kind;
    this.incomplete = kind !== 'token';
    this.line = line;
    this.token = token;
    this.expecting = expecting;
  }
}
