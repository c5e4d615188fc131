// Every command path of a kubectl command tree: what has a usage text of its own.

import type { Command } from '../cli/command.ts';

/** Command paths by canonical name (`['create', 'secret', 'generic']`), parents before children. */
export function commandPaths(tree: readonly Command[], prefix: readonly string[] = []): string[][] {
  return tree.flatMap((c) => [[...prefix, c.name], ...commandPaths(c.subcommands ?? [], [...prefix, c.name])]);
}
