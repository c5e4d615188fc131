// The built-in programs the catalog's images name, registered under those names.

import type { ProgramRegistry } from '../../../os/exec.ts';
import type { Program } from '../../../os/process/context.ts';
import { imageContents, loadImageContents } from '../contents-loader.ts';
import { CONTROL_PLANE_PROGRAMS } from './control-plane.ts';
import { pause } from './pause.ts';

/** The programs of entrypoints.ts, which load with the image contents. */
export const ENTRYPOINT_NAMES: readonly string[] = [
  'nginx', 'nginx-entrypoint', 'stress', 'redis-server', 'redis-entrypoint', 'httpd-foreground', 'curl-entrypoint', 'agnhost', 'goproxy',
];

/** Registers nginx, stress, pause, redis, httpd and the control plane; shells and applets come from elsewhere. */
export function registerImagePrograms(registry: ProgramRegistry): ProgramRegistry {
  let table: Record<string, Program> | undefined;
  const entrypoints = (contents: NonNullable<ReturnType<typeof imageContents>>) => (table ??= contents.entrypointPrograms(registry));
  for (const name of ENTRYPOINT_NAMES) {
    // A pulled image's contents are loaded already, so the program starts in this turn; only a
    // container restored from a save, with no pull before it, waits for the chunk.
    registry.register(name, (ctx) => {
      const loaded = imageContents();
      return loaded ? entrypoints(loaded)[name](ctx) : loadImageContents().then((c) => entrypoints(c)[name](ctx));
    });
    // Registered where it always was, after stress.
    if (name === 'stress') registry.register('pause', pause);
  }
  for (const [name, program] of Object.entries(CONTROL_PLANE_PROGRAMS)) registry.register(name, program);
  return registry;
}
