// `kubectl -h`, `kubectl <command> --help` and `kubectl help <command>`: real kubectl v1.33.1's
// usage texts, captured into kubectl-help.json by scripts/capture-kubectl-help.ts.

import { HELP_HOME, loadHelpData } from './help-data.ts';

/** The usage text of a command path (`kubectl`, `kubectl config view`), or undefined. */
export async function helpText(commandPath: string): Promise<string | undefined> {
  return (await loadHelpData()).help[commandPath];
}

/** `kubectl --help`. */
export async function rootHelp(): Promise<string> {
  return (await loadHelpData()).help.kubectl;
}

/** The root usage without its description, as `kubectl help <unknown topic>` prints it. */
export async function rootUsage(): Promise<string> {
  return (await loadHelpData()).rootUsage;
}

/** `kubectl options`; --cache-dir's default follows the HOME kubectl runs with. */
export async function optionsText(home: string | undefined): Promise<string> {
  const text = (await loadHelpData()).options;
  const cacheDir = home ? `${home.replace(/\/+$/, '')}/.kube/cache` : '.kube/cache';
  return text.replace(`'${HELP_HOME}/.kube/cache'`, `'${cacheDir}'`);
}
