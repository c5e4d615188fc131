// The built-in programs the catalog's images name, registered under those names.

import type { ProgramRegistry } from '../../../os/exec.ts';
import type { ProcessContext } from '../../../os/process/context.ts';
import { netOf } from '../../runtime/net-of.ts';
import { agnhost, goproxy } from './agnhost.ts';
import { CONTROL_PLANE_PROGRAMS } from './control-plane.ts';
import { httpdForeground } from './httpd.ts';
import { createNginx } from './nginx.ts';
import { createNginxEntrypoint, exec } from './nginx-entrypoint.ts';
import { pause } from './pause.ts';
import { createRedisEntrypoint, redisServer } from './redis.ts';
import { stress } from './stress.ts';

/** Registers nginx, stress, pause, redis, httpd and the control plane; shells and applets come from elsewhere. */
export function registerImagePrograms(registry: ProgramRegistry): ProgramRegistry {
  registry.register('nginx', createNginx((ctx: ProcessContext) => netOf(ctx)));
  registry.register('nginx-entrypoint', createNginxEntrypoint(registry));
  registry.register('stress', stress);
  registry.register('pause', pause);
  registry.register('redis-server', redisServer);
  registry.register('redis-entrypoint', createRedisEntrypoint(registry));
  registry.register('httpd-foreground', httpdForeground);
  // curlimages/curl: options alone mean "curl with these options", as its entrypoint.sh does.
  registry.register('curl-entrypoint', async (ctx) => {
    const args = ctx.argv.slice(1);
    const argv = args.length === 0 || args[0].startsWith('-') ? ['curl', ...args] : args;
    return exec(ctx, registry, argv);
  });
  registry.register('agnhost', agnhost);
  registry.register('goproxy', goproxy);
  for (const [name, program] of Object.entries(CONTROL_PLANE_PROGRAMS)) registry.register(name, program);
  return registry;
}
