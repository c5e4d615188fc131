// Control flow that unwinds the interpreter: `break`, `continue`, `return`, `exit`, and an
// interrupt (Ctrl-C). These are not errors; they are thrown because they cross many frames of
// the tree walk, and every construct that ends them catches exactly its own kind.

export class Flow {
  readonly kind: 'break' | 'continue' | 'return' | 'exit' | 'interrupt';
  /** Loop levels for break/continue; exit status for return/exit/interrupt. */
  readonly n: number;
  constructor(kind: Flow['kind'], n: number) {
    this.kind = kind;
    this.n = n;
  }
}
