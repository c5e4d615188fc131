// /docker-entrypoint.sh of the nginx images: when asked to run nginx, it runs the scripts in
// /docker-entrypoint.d/ (printing what it does), then execs the command.
// Models docker-nginx entrypoint/docker-entrypoint.sh and 10-listen-on-ipv6-by-default.sh.

import type { ProgramRegistry } from '../../../os/exec.ts';
import type { Program, ProcessContext } from '../../../os/process/context.ts';
import { lookupCommand } from '../../runtime/exec-resolve.ts';
import { NGINX_DEFAULT_CONF } from '../layers/nginx-files.ts';

const DIR = '/docker-entrypoint.d/';
const DEFAULT_CONF = '/etc/nginx/conf.d/default.conf';

/** The real entrypoint forks this many helpers (find, sort, sed…) before nginx starts its workers. */
const HELPERS = ['find', 'sort', 'basename', 'touch', 'grep', 'sed', 'md5sum', 'cut', 'dpkg-query', 'sh', 'envsubst', 'awk', 'cat', 'printf'];

export function createNginxEntrypoint(registry: ProgramRegistry): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    const quiet = (ctx.env.NGINX_ENTRYPOINT_QUIET_LOGS ?? '') !== '';
    const say = (line: string) => { if (!quiet) ctx.stdout.write(`${line}\n`); };
    if (args[0] === 'nginx' || args[0] === 'nginx-debug') {
      const scripts = listScripts(ctx);
      if (scripts.length > 0) {
        say(`/docker-entrypoint.sh: ${DIR} is not empty, will attempt to perform configuration`);
        say(`/docker-entrypoint.sh: Looking for shell scripts in ${DIR}`);
        for (const name of scripts) {
          const path = DIR + name;
          const executable = isExecutable(ctx, path);
          if (name.endsWith('.envsh') && executable) say(`/docker-entrypoint.sh: Sourcing ${path}`);
          else if (name.endsWith('.sh') && executable) {
            say(`/docker-entrypoint.sh: Launching ${path}`);
            if (name === '10-listen-on-ipv6-by-default.sh') listenOnIpv6(ctx, say);
            else if (!KNOWN.has(name)) await runScript(ctx, registry, path);
          } else if (name.endsWith('.sh') || name.endsWith('.envsh')) say(`/docker-entrypoint.sh: Ignoring ${path}, not executable`);
          else say(`/docker-entrypoint.sh: Ignoring ${path}`);
        }
        say('/docker-entrypoint.sh: Configuration complete; ready for start up');
      } else {
        say(`/docker-entrypoint.sh: No files found in ${DIR}, skipping configuration`);
      }
      burnPids(ctx);
    }
    return exec(ctx, registry, args);
  };
}

const KNOWN = new Set(['10-listen-on-ipv6-by-default.sh', '20-envsubst-on-templates.sh', '30-tune-worker-processes.sh']);

function listScripts(ctx: ProcessContext): string[] {
  try {
    return ctx.fs.readdir(DIR, ctx.cred).filter((n) => ctx.fs.stat(DIR + n, ctx.cred).type !== 'dir');
  } catch {
    return [];
  }
}

function isExecutable(ctx: ProcessContext, path: string): boolean {
  try {
    return (ctx.fs.stat(path, ctx.cred).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

function listenOnIpv6(ctx: ProcessContext, say: (l: string) => void): void {
  const me = '10-listen-on-ipv6-by-default.sh';
  let conf: string;
  try {
    conf = ctx.fs.readFile(DEFAULT_CONF, ctx.cred);
  } catch {
    say(`${me}: info: ${DEFAULT_CONF} is not a file or does not exist`);
    return;
  }
  if (!ctx.fs.access(DEFAULT_CONF, 'w', ctx.cred)) {
    say(`${me}: info: can not modify ${DEFAULT_CONF} (read-only file system?)`);
    return;
  }
  say(`${me}: info: Getting the checksum of ${DEFAULT_CONF}`);
  if (conf !== NGINX_DEFAULT_CONF) {
    say(`${me}: info: ${DEFAULT_CONF} differs from the packaged version`);
    return;
  }
  ctx.fs.writeFile(DEFAULT_CONF, conf.replace('    listen       80;\n', '    listen       80;\n    listen  [::]:80;\n'), {}, ctx.cred);
  say(`${me}: info: Enabled listen on IPv6 in ${DEFAULT_CONF}`);
}

async function runScript(ctx: ProcessContext, registry: ProgramRegistry, path: string): Promise<void> {
  const found = lookupCommand([path], { fs: ctx.fs, registry, cwd: ctx.cwd, cred: ctx.cred, path: ctx.env.PATH ?? '' });
  if (!found.ok) return;
  const child = ctx.spawn(found.program, { argv: found.argv });
  await ctx.process.block(child.wait());
}

/** The helpers the shell script forks, so nginx's worker pids match a real container's. */
function burnPids(ctx: ProcessContext): void {
  const target = ctx.fs.exists('/etc/alpine-release') ? 29 : 28;
  for (let i = 0; i < 40; i++) {
    const p = ctx.spawn(async () => 0, { argv: [HELPERS[i % HELPERS.length]] });
    if (p.pid >= target) break;
  }
}

/** `exec "$@"`: the command replaces the entrypoint in the same process (pid 1 stays pid 1). */
export async function exec(ctx: ProcessContext, registry: ProgramRegistry, argv: string[]): Promise<number> {
  const found = lookupCommand(argv, { fs: ctx.fs, registry, cwd: ctx.cwd, cred: ctx.cred, path: ctx.env.PATH ?? '' });
  if (!found.ok) {
    const name = argv[0] ?? '';
    ctx.stderr.write(`/docker-entrypoint.sh: exec: line 47: ${name}: not found\n`);
    return 127;
  }
  ctx.argv = found.argv;
  return found.program(ctx);
}
