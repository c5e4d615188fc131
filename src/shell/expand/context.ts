// What expansion needs from the running shell: variables, positional parameters, command
// substitution and directory listings for globbing.

import type { Stmt } from '../syntax/ast.ts';

export interface ExpandContext {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** `$?`, `$$`, `$!`, `$-`, `$0`, `$#`: always defined when the shell knows them. */
  special(name: string): string | undefined;
  positional(): string[];
  commandSubst(stmts: Stmt[]): Promise<string>;
  /** Names in a directory (no `.`/`..`), or undefined when it cannot be read. */
  readdir(path: string): string[] | undefined;
  cwd(): string;
  homeOf(user: string): string | undefined;
  nounset(): boolean;
  /** `set -f`: no pathname expansion. */
  noglob?(): boolean;
}

/** An expansion that must abort the command: `${x?}`, bad arithmetic, `set -u`. */
export class ExpandError extends Error {
  readonly status: number;
  constructor(message: string, status = 1) {
    super(message);
    this.status = status;
  }
}
