// The entrypoint programs of the catalog's application images, by the names their files give
// them. They load with the image contents chunk (../contents-loader.ts); index.ts registers a
// stand-in for each that calls the real one.

import type { ProgramRegistry } from '../../../os/exec.ts';
import type { Program, ProcessContext } from '../../../os/process/context.ts';
import { netOf } from '../../runtime/net-of.ts';
import { agnhost, goproxy } from './agnhost.ts';
import { httpdForeground } from './httpd.ts';
import { createNginx } from './nginx.ts';
import { createNginxEntrypoint, exec } from './nginx-entrypoint.ts';
import { createRedisEntrypoint, redisServer } from './redis.ts';
import { stress } from './stress.ts';

/** nginx, stress, redis, httpd, curl's entrypoint and agnhost, running others through `registry`. */
export function entrypointPrograms(registry: ProgramRegistry): Record<string, Program> {
  return {
    'nginx': createNginx((ctx: ProcessContext) => netOf(ctx)),
    'nginx-entrypoint': createNginxEntrypoint(registry),
    'stress': stress,
    'redis-server': redisServer,
    'redis-entrypoint': createRedisEntrypoint(registry),
    'httpd-foreground': httpdForeground,
    // curlimages/curl: options alone mean "curl with these options", as its entrypoint.sh does.
    'curl-entrypoint': async (ctx) => {
      const args = ctx.argv.slice(1);
      const argv = args.length === 0 || args[0].startsWith('-') ? ['curl', ...args] : args;
      return exec(ctx, registry, argv);
    },
    'agnhost': agnhost,
    'goproxy': goproxy,
  };
}
