// The sh syntax tree, as a discriminated union on `type`.
// Models mvdan.cc/sh/v3/syntax/nodes.go, trimmed to POSIX sh plus the bash bits learners type.

export type WordPart =
  | { type: 'Lit'; value: string }
  | { type: 'SglQuoted'; value: string }
  | { type: 'DblQuoted'; parts: WordPart[] }
  /** A backslash-escaped character: literal, never split or globbed. */
  | { type: 'Escaped'; value: string }
  | ParamExp
  | { type: 'CmdSubst'; stmts: Stmt[]; backquote: boolean }
  | { type: 'ArithExp'; expr: Word };

export type ParamOp =
  | '-' | ':-' | '=' | ':=' | '+' | ':+' | '?' | ':?'
  | '%' | '%%' | '#' | '##' | '/' | '//';

export interface ParamExp {
  type: 'ParamExp';
  name: string;
  /** `${#x}` */
  length?: boolean;
  op?: ParamOp;
  arg?: Word;
  /** Replacement for `${x/pat/rep}`. */
  repl?: Word;
}

export interface Word {
  parts: WordPart[];
}

export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<' | '<>' | '>|';

export interface Redirect {
  op: RedirOp;
  /** Explicit descriptor (`2>`), else the operator's default. */
  fd?: number;
  target: Word;
  /** For `<<`: the body, literal when the delimiter was quoted. */
  heredoc?: Word;
}

export interface Assign {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  type: 'Simple';
  assigns: Assign[];
  words: Word[];
  redirs: Redirect[];
  line: number;
}

export interface Subshell { type: 'Subshell'; body: Stmt[]; redirs: Redirect[] }
export interface Group { type: 'Group'; body: Stmt[]; redirs: Redirect[] }
export interface IfClause {
  type: 'If';
  clauses: { cond: Stmt[]; body: Stmt[] }[];
  else?: Stmt[];
  redirs: Redirect[];
}
export interface WhileClause { type: 'While'; until: boolean; cond: Stmt[]; body: Stmt[]; redirs: Redirect[] }
export interface ForClause { type: 'For'; name: string; items?: Word[]; body: Stmt[]; redirs: Redirect[] }
export interface CaseItem { patterns: Word[]; body: Stmt[]; fallthrough: boolean }
export interface CaseClause { type: 'Case'; word: Word; items: CaseItem[]; redirs: Redirect[] }
export interface FuncDecl { type: 'FuncDecl'; name: string; body: Command; source: string }

/** bash's `(( expr ))`: status 0 when the expression is non-zero. */
export interface ArithCommand { type: 'ArithCmd'; expr: Word; redirs: Redirect[]; line: number }
/** bash's `[[ … ]]`: operands are not split or globbed; `==` matches patterns. */
export interface TestClause { type: 'TestClause'; args: (Word | string)[]; redirs: Redirect[]; line: number }

export type Command =
  | SimpleCommand | Subshell | Group | IfClause | WhileClause | ForClause | CaseClause | FuncDecl
  | ArithCommand | TestClause;

export interface Pipeline {
  bang: boolean;
  /** bash's `time` keyword before the pipeline; 'posix' for `time -p`. */
  time?: 'bash' | 'posix';
  cmds: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface Stmt {
  andOr: AndOr;
  background: boolean;
  /** Source text, for job notices (`[1]+  Done   sleep 5`). */
  source: string;
  line: number;
}

export function lit(value: string): Word {
  return { parts: [{ type: 'Lit', value }] };
}

/** Plain text of a word made only of literal characters, else undefined. */
export function literalOf(w: Word): string | undefined {
  let s = '';
  for (const p of w.parts) {
    if (p.type !== 'Lit') return undefined;
    s += p.value;
  }
  return s;
}
