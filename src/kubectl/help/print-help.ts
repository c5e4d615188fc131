// Where kubectl prints a usage text: on stdout for -h/--help, and on stderr, failing, for a
// command group run without one of its subcommands.
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go (DefaultSubCommandRun).

import { usageError } from '../cli/errors.ts';
import { helpText, rootHelp } from './help.ts';

/** `kubectl <path> --help`. */
export async function printHelp(commandPath: string, out: (text: string) => void): Promise<number> {
  out((await helpText(commandPath)) ?? (await rootHelp()));
  return 0;
}

/** `kubectl config`, `kubectl create secret`: the group's help on stderr and exit 1; extra words are an unknown command. */
export async function subcommandRequired(commandPath: string, args: readonly string[], err: (text: string) => void): Promise<number> {
  if (args.length > 0) throw usageError(commandPath, `unknown command ${JSON.stringify(args.join(' '))}`);
  err((await helpText(commandPath)) ?? '');
  return 1;
}
