// The programs a learner's node has: bash (and sh) from PodLab's shell, GNU-flavoured tools,
// and, as they land, kubectl, editors and ssh. Each becomes /usr/bin/<name> on the node.

import type { ProgramRegistry } from '../os/exec.ts';
import { createShell } from '../shell/interp/shell.ts';
import type { CommandResolver } from './command-resolver.ts';
import { coreutils } from '../shell/programs/flavour.ts';
import { sleep } from '../shell/programs/sleep.ts';

export function installHostPrograms(registry: ProgramRegistry, resolver: CommandResolver): void {
  const shell = createShell({ flavour: 'bash', name: 'bash', resolve: resolver.resolve, locate: resolver.locate });
  registry.register('bash', shell).register('sh', shell);
  registry.register('sleep', (ctx) => sleep(ctx, coreutils));
}
