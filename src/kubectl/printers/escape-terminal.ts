// Models k8s.io/cli-runtime/pkg/printers/terminal.go (EscapeTerminal).

/** An escape character or carriage return in a cell could rewrite the learner's terminal. */
export function escapeTerminal(text: string): string {
  return text.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}
