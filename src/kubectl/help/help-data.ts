// The shape of kubectl-help.json (written by scripts/capture-kubectl-help.ts from the real
// kubectl v1.33.1) and its loading: the texts are a chunk of their own, fetched the first time a
// help is printed, so they never weigh on the worker's first load.

/** The HOME the texts were captured with; `kubectl options` names it in --cache-dir's default. */
export const HELP_HOME = '/root';

export interface HelpData {
  /** The kubectl the texts come from, `v1.33.1`. */
  version: string;
  /** `kubectl <path> --help` output keyed by command path: `kubectl`, `kubectl create secret generic`. */
  help: Record<string, string>;
  /** What `kubectl options` prints. */
  options: string;
  /** The root usage `kubectl help <unknown topic>` prints after its first line. */
  rootUsage: string;
}

let data: Promise<HelpData> | undefined;

export function loadHelpData(): Promise<HelpData> {
  data ??= import('./kubectl-help.json', { with: { type: 'json' } }).then((m) => m.default as HelpData);
  return data;
}
