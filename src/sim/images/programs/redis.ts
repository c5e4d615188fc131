// redis-server as the official image starts it: the banner lines, then listening on 6379.
// The image's docker-entrypoint.sh drops to the redis user before exec'ing the server.

import type { ProgramRegistry } from '../../../os/exec.ts';
import type { Program, ProcessContext } from '../../../os/process/context.ts';
import { netOf } from '../../runtime/net-of.ts';
import { exec } from './nginx-entrypoint.ts';
import { untilSignal } from './wait.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `05 Jan 2026 09:00:03.000`, redis's log time. */
function redisTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
}

export const redisServer: Program = async (ctx) => {
  const version = ctx.env.REDIS_VERSION ?? '7.4.1';
  const portArg = ctx.argv.indexOf('--port');
  const port = portArg >= 0 ? Number(ctx.argv[portArg + 1]) : 6379;
  const pid = ctx.pid;
  const log = (role: string, mark: string, msg: string) => ctx.stdout.write(`${pid}:${role} ${redisTime(ctx.now())} ${mark} ${msg}\n`);
  log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
  log('C', '*', `Redis version=${version}, bits=64, commit=00000000, modified=0, pid=${pid}, just started`);
  if (!ctx.argv.slice(1).some((a) => a.endsWith('.conf'))) {
    log('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
  }
  log('M', '*', 'monotonic clock: POSIX clock_gettime');
  const net = netOf(ctx);
  const handle = net?.listen(port, { accept: () => {} });
  if (handle && 'code' in handle) {
    log('M', '#', `Warning: Could not create server TCP listening socket *:${port}: bind: Address already in use`);
    log('M', '#', `Failed listening on port ${port} (tcp), aborting.`);
    return 1;
  }
  ctx.allocate(3_500_000);
  log('M', '*', `Running mode=standalone, port=${port}.`);
  log('M', '*', 'Server initialized');
  log('M', '*', 'Ready to accept connections tcp');
  try {
    await untilSignal(ctx, ['SIGTERM', 'SIGINT']);
    log('M', '#', 'Received SIGTERM scheduling shutdown...');
    log('M', '*', 'User requested shutdown...');
    log('M', '*', 'Saving the final RDB snapshot before exiting.');
    log('M', '*', 'DB saved on disk');
    log('M', '#', 'Redis is now ready to exit, bye bye...');
    return 0;
  } finally {
    if (handle && !('code' in handle)) handle.close();
  }
};

/** docker-entrypoint.sh of redis: `redis-server` runs as the redis user; anything else as given. */
export function createRedisEntrypoint(registry: ProgramRegistry): Program {
  return async (ctx: ProcessContext) => {
    let argv = ctx.argv.slice(1);
    if (argv[0]?.startsWith('-') || argv[0]?.endsWith('.conf')) argv = ['redis-server', ...argv];
    if (argv[0] === 'redis-server' && ctx.cred.uid === 0) ctx.cred = { uid: 999, gid: 999, groups: [999], caps: new Set() };
    return exec(ctx, registry, argv);
  };
}
