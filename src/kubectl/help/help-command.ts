// `kubectl help [command]`: finds the topic in PodLab's command tree as cobra's help command does
// (names and aliases, words after the deepest match ignored) and prints its usage text; a topic
// PodLab has no command for is an unknown topic, printed on stderr with the root usage.
// Models github.com/spf13/cobra/command.go (InitDefaultHelpCmd, Find).

import type { Command } from '../cli/command.ts';
import { helpText, rootUsage } from './help.ts';

export function helpCommand(tree: () => readonly Command[]): Command {
  return {
    name: 'help',
    // cobra never suggests its help command for a mistyped one.
    hidden: true,
    flags: [],
    async run(inv) {
      const path = findTopic(tree(), inv.args);
      const text = path && (await helpText(['kubectl', ...path].join(' ')));
      if (text === undefined) {
        inv.err(`Unknown help topic ${quoteTopics(inv.args)}\n${await rootUsage()}`);
        return 0;
      }
      inv.out(text);
      return 0;
    },
  };
}

/** The canonical path of the command the words name, or undefined when the first is no command. */
export function findTopic(tree: readonly Command[], words: readonly string[]): string[] | undefined {
  const path: string[] = [];
  let level: readonly Command[] = tree;
  for (const word of words) {
    const found = level.find((c) => c.name === word || c.aliases?.includes(word));
    if (!found) break;
    path.push(found.name);
    level = found.subcommands ?? [];
  }
  return words.length > 0 && path.length === 0 ? undefined : path;
}

/** Go's %#q of a []string: each word backquoted when it can be, else double-quoted. */
export function quoteTopics(words: readonly string[]): string {
  return `[${words.map((w) => (/^[^`\x00-\x08\x0a-\x1f\x7f\ufffd]*$/.test(w) ? `\`${w}\`` : JSON.stringify(w))).join(' ')}]`;
}
