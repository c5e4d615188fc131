// The programs container images can run: image entrypoints (nginx, stress, pause, …) and the
// busybox multi-call binary, whose `sh`/`ash` applets are PodLab's shell in busybox voice. An
// image has a program only if its filesystem has the file naming it.

import type { ProgramRegistry } from '../os/exec.ts';
import type { Program } from '../os/process/context.ts';
import * as paths from '../os/path.ts';
import { registerImagePrograms } from '../sim/images/programs/index.ts';
import { addImageContents } from '../sim/images/contents-loader.ts';
import { containerTools, programRegistry } from '../shell/programs/index.ts';
import { createShell } from '../shell/interp/shell.ts';
import { createResolver } from './command-resolver.ts';

const SHELL_APPLETS = new Set(['sh', 'ash']);

export function installContainerPrograms(registry: ProgramRegistry): void {
  // Debian-based images (nginx, httpd, redis) carry GNU tools, alpine ones busybox and apk;
  // their files name these programs.
  programRegistry(registry);
  registerImagePrograms(registry);
  addImageContents(containerTools);
  const resolver = createResolver(registry);
  const sh = createShell({ flavour: 'busybox', name: 'sh', resolve: resolver.resolve, locate: resolver.locate });
  const applets = registry.get('busybox')!;
  const multiCall: Program = (ctx) => {
    const name = paths.basename(ctx.argv[0] ?? '');
    if (SHELL_APPLETS.has(name)) return sh(ctx);
    if (name === 'busybox' && SHELL_APPLETS.has(ctx.argv[1] ?? '')) {
      ctx.argv = ctx.argv.slice(1);
      return sh(ctx);
    }
    return applets(ctx);
  };
  registry.register('busybox', multiCall).register('ash', sh);
  // Debian's /bin/sh is dash: the same language, in its own (busybox-like) voice.
  registry.register('sh', sh).register('dash', sh).register('bash', createShell({ flavour: 'bash', name: 'bash', resolve: resolver.resolve, locate: resolver.locate }));
}
