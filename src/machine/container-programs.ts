// The programs container images can run: image entrypoints (nginx, stress, pause, …), busybox's
// sh and applets. An image has a program only if its filesystem has the file naming it.

import type { ProgramRegistry } from '../os/exec.ts';
import { registerImagePrograms } from '../sim/images/programs/index.ts';
import { createShell } from '../shell/interp/shell.ts';
import { createResolver } from './command-resolver.ts';

export function installContainerPrograms(registry: ProgramRegistry): void {
  registerImagePrograms(registry);
  const resolver = createResolver(registry);
  const sh = createShell({ flavour: 'busybox', name: 'sh', resolve: resolver.resolve, locate: resolver.locate });
  registry.register('sh', sh).register('ash', sh);
}
