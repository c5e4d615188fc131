// `kubectl -h` and `kubectl <verb> --help`: kubectl's own usage texts, kept as data.

import { HELP_TEXTS } from './texts.ts';

export function rootHelp(): string {
  return HELP_TEXTS.kubectl;
}

/** The help of `kubectl get`, `kubectl config view`…, or undefined when none is recorded. */
export function helpText(commandPath: string): string | undefined {
  return HELP_TEXTS[commandPath.replace(/^kubectl ?/, '') || 'kubectl'];
}
