// Everything a shell remembers between commands. A subshell (`( … )`, a pipeline stage, `$(…)`)
// works on a copy, so its assignments and `cd` never leak back.

import type { Command } from '../syntax/ast.ts';

export interface Var {
  value: string;
  exported: boolean;
  readonly?: boolean;
}

export interface ShellFlags {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  noglob: boolean;
  pipefail: boolean;
}

export class ShellState {
  vars = new Map<string, Var>();
  funcs = new Map<string, Command>();
  positional: string[] = [];
  flags: ShellFlags = { errexit: false, nounset: false, xtrace: false, noglob: false, pipefail: false };
  lastStatus = 0;
  lastBgPid: number | undefined;
  cwd = '/';
  aliases = new Map<string, string>();
  traps = new Map<string, string>();
  umask = 0o022;
  funcDepth = 0;
  loopDepth = 0;
  /** Saved values for `local`, one frame per running function. */
  locals: Map<string, Var | undefined>[] = [];
  /** Names given to `export` before they had a value. */
  pendingExports = new Set<string>();

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  /** Sets a variable; false when it is read-only. */
  set(name: string, value: string, exported?: boolean): boolean {
    const v = this.vars.get(name);
    if (v?.readonly) return false;
    this.vars.set(name, { value, exported: exported ?? v?.exported ?? this.pendingExports.has(name) });
    return true;
  }

  unset(name: string): boolean {
    if (this.vars.get(name)?.readonly) return false;
    this.vars.delete(name);
    return true;
  }

  makeLocal(name: string): void {
    const frame = this.locals[this.locals.length - 1];
    if (frame && !frame.has(name)) {
      const v = this.vars.get(name);
      frame.set(name, v && { ...v });
    }
  }

  popLocals(): void {
    const frame = this.locals.pop();
    if (!frame) return;
    for (const [name, v] of frame) {
      if (v) this.vars.set(name, v);
      else this.vars.delete(name);
    }
  }

  /** The environment handed to programs: exported variables only. */
  environ(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of this.vars) if (v.exported) env[k] = v.value;
    return env;
  }

  clone(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars) s.vars.set(k, { ...v });
    s.funcs = new Map(this.funcs);
    s.positional = [...this.positional];
    s.flags = { ...this.flags };
    s.lastStatus = this.lastStatus;
    s.lastBgPid = this.lastBgPid;
    s.cwd = this.cwd;
    s.aliases = new Map(this.aliases);
    s.traps = new Map([...this.traps].filter(([sig]) => sig !== 'EXIT'));
    s.umask = this.umask;
    s.pendingExports = new Set(this.pendingExports);
    s.funcDepth = this.funcDepth;
    return s;
  }
}
