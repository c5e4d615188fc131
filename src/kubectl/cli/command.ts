// A kubectl command as cobra defines one: a name, its flags and subcommands, and what it runs
// with the parsed invocation.

import type { ProcessContext } from '../../os/process/context.ts';
import type { KubectlCluster } from '../cluster.ts';
import type { FlagSpec, FlagValue } from './flags.ts';

export interface Invocation {
  ctx: ProcessContext;
  cluster: KubectlCluster;
  /** `kubectl get`, `kubectl config view`: what usage errors name. */
  commandPath: string;
  flags: FlagReader;
  args: string[];
  /** Positional arguments before `--`, or -1. */
  argsLenAtDash: number;
  /** --namespace, else the current context's namespace, else `default`. */
  namespace: string;
  /** Whether --namespace was given (create -f refuses a conflicting metadata.namespace then). */
  namespaceExplicit: boolean;
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  aliases?: string[];
  flags: FlagSpec[];
  subcommands?: Command[];
  /** Hidden from suggestions and help listings. */
  hidden?: boolean;
  run?(inv: Invocation): Promise<number>;
}

/** Typed access to the parsed flags with kubectl's defaults. */
export class FlagReader {
  private readonly values: Map<string, FlagValue>;
  constructor(values: Map<string, FlagValue>) {
    this.values = values;
  }
  has(name: string): boolean {
    return this.values.has(name);
  }
  string(name: string, fallback = ''): string {
    const v = this.values.get(name);
    return typeof v === 'string' ? v : fallback;
  }
  bool(name: string, fallback = false): boolean {
    const v = this.values.get(name);
    return typeof v === 'boolean' ? v : fallback;
  }
  int(name: string, fallback: number): number {
    const v = this.values.get(name);
    return typeof v === 'number' ? v : fallback;
  }
  list(name: string): string[] {
    const v = this.values.get(name);
    return Array.isArray(v) ? v : [];
  }
}
