// `kubectl -h` and `kubectl <verb> --help`: kubectl's own usage texts, kept as data.

import { HELP_TEXTS } from './texts.ts';
import { renderHelp, type CommandHelp } from './render-help.ts';
import { EXEC_HELP, LOGS_HELP, RUN_HELP } from './texts-troubleshooting.ts';
import { GET_HELP } from './texts-get.ts';

const COMMAND_HELP: Record<string, CommandHelp> = { get: GET_HELP, logs: LOGS_HELP, exec: EXEC_HELP, run: RUN_HELP };

export function rootHelp(): string {
  return HELP_TEXTS.kubectl;
}

/** The help of `kubectl get`, `kubectl config view`…, or undefined when none is recorded. */
export function helpText(commandPath: string): string | undefined {
  const key = commandPath.replace(/^kubectl ?/, '') || 'kubectl';
  const help = COMMAND_HELP[key];
  if (help) return renderHelp(help);
  if (HELP_TEXTS[key]) return HELP_TEXTS[key];
  // Commands whose full help is not recorded show their one-line description and usage.
  const verb = key.split(' ')[0];
  const line = HELP_TEXTS.kubectl.split('\n').find((l) => l.startsWith(`  ${verb} `));
  if (!line) return undefined;
  const short = line.slice(2 + verb.length).trim();
  return `${short}.\n\nUsage:\n  kubectl ${key} [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`;
}
