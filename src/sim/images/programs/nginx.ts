// nginx as the official image runs it (`nginx -g 'daemon off;'`): reads its configuration from
// the container's filesystem, makes its temp folders, binds its ports in the pod's network
// namespace (retrying as nginx does before `still could not bind()`), starts workers, serves
// files and logs each request; SIGQUIT/SIGTERM end it with its real notices.
// Models src/core/nginx.c, src/core/ngx_connection.c (ngx_open_listening_sockets).

import type { Cred } from '../../../os/fs/cred.ts';
import type { Listener, NetNamespace } from '../../../os/net.ts';
import type { Process } from '../../../os/process/process.ts';
import type { Program, ProcessContext } from '../../../os/process/context.ts';
import * as paths from '../../../os/path.ts';
import { parseNginxConfig, type NginxConfig, type NginxListen, type NginxServer } from './nginx-config.ts';
import { serveStatic } from './nginx-http.ts';
import { openLog, strerrorFor } from './logs.ts';
import { forever, nginxTime, untilSignal } from './wait.ts';

const CONF = '/etc/nginx/nginx.conf';
const TEMP_DIRS = ['client_temp', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp'];

export interface NginxFacts {
  version: string;
  builtBy: string;
  os: string;
  libc: 'musl' | 'glibc';
}

/** What nginx can learn about its build and host from inside the container. */
export function nginxFacts(ctx: ProcessContext): NginxFacts {
  const version = (ctx.env.NGINX_VERSION ?? '1.27.3').replace(/-.*$/, '');
  const alpine = ctx.fs.exists('/etc/alpine-release');
  let release = '6.8.0-1021-gcp';
  try {
    release = ctx.fs.readFile('/proc/sys/kernel/osrelease').trim();
  } catch {
    // No /proc: keep the default node kernel.
  }
  return {
    version,
    builtBy: alpine ? 'gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309)' : 'gcc 12.2.0 (Debian 12.2.0-14)',
    os: `Linux ${release}`,
    libc: alpine ? 'musl' : 'glibc',
  };
}

/** Looks up the pod network namespace a program's machine gives it (see NetworkContext). */
export type NetOf = (ctx: ProcessContext) => NetNamespace | undefined;

export function createNginx(netOf: NetOf): Program {
  return async (ctx) => {
    const facts = nginxFacts(ctx);
    const args = ctx.argv.slice(1);
    if (args.includes('-v') || args.includes('-V')) {
      ctx.stderr.write(`nginx version: nginx/${facts.version}\n`);
      if (args.includes('-V')) ctx.stderr.write(`built by ${facts.builtBy}\n`);
      return 0;
    }
    const conf = parseNginxConfig(CONF, {
      read: (p) => { try { return ctx.fs.readFile(p, ctx.cred); } catch { return undefined; } },
      glob: (pattern) => globConf(ctx, pattern),
    });
    if (!conf.ok) {
      ctx.stderr.write(`nginx: [emerg] ${conf.message}\n`);
      if (args.includes('-t')) ctx.stderr.write(`nginx: configuration file ${CONF} test failed\n`);
      return 1;
    }
    if (args.includes('-t')) {
      ctx.stderr.write(`nginx: the configuration file ${CONF} syntax is ok\nnginx: configuration file ${CONF} test is successful\n`);
      return 0;
    }
    const signalArg = args.indexOf('-s');
    if (signalArg >= 0) return signalMaster(ctx, conf.config, args[signalArg + 1] ?? '');
    return runMaster(ctx, conf.config, facts, netOf(ctx));
  };
}

async function runMaster(ctx: ProcessContext, config: NginxConfig, facts: NginxFacts, net: NetNamespace | undefined): Promise<number> {
  const pid = ctx.pid;
  const errorLog = openLog(ctx, config.errorLog.path);
  const notices = ['debug', 'info', 'notice'].includes(config.errorLog.level);
  const log = (level: string, message: string, who = `${pid}#${pid}`) => {
    errorLog.write(`${nginxTime(ctx.now())} [${level}] ${who}: ${message}\n`);
  };
  const emerg = (message: string) => {
    log('emerg', message);
    ctx.stderr.write(`nginx: [emerg] ${message}\n`);
  };
  const strerror = strerrorFor(facts.libc);
  const root = ctx.cred.uid === 0;
  if (config.user && !root) {
    const warning = `the "user" directive makes sense only if the master process runs with super-user privileges, ignored in ${CONF}:2`;
    log('warn', warning);
    ctx.stderr.write(`nginx: [warn] ${warning}\n`);
  }
  // ngx_create_paths: a root master hands each temp folder to the worker user, which takes
  // CAP_CHOWN (a container that drops ALL stops here).
  const owner = root && config.user ? workerUser(ctx).uid : undefined;
  for (const dir of TEMP_DIRS) {
    const path = `/var/cache/nginx/${dir}`;
    if (!ctx.fs.exists(path, ctx.cred)) {
      try {
        ctx.fs.mkdir(path, { mode: 0o700 }, ctx.cred);
      } catch (e) {
        const code = (e as { code?: string }).code ?? 'EACCES';
        emerg(`mkdir() "${path}" failed (${errno(code)}: ${strerror(code)})`);
        return 1;
      }
    }
    if (owner === undefined) continue;
    const st = ctx.fs.stat(path, ctx.cred);
    if (st.uid === owner) continue;
    try {
      ctx.fs.chown(path, owner, st.gid, ctx.cred);
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'EPERM';
      emerg(`chown("${path}", ${owner}) failed (${errno(code)}: ${strerror(code)})`);
      return 1;
    }
  }
  const servers = config.servers;
  const listeners = await bindAll(ctx, net, servers, emerg, strerror);
  if (!listeners) return 1;
  try {
    if (notices) {
      log('notice', 'using the "epoll" event method');
      log('notice', `nginx/${facts.version}`);
      log('notice', `built by ${facts.builtBy}`);
      log('notice', `OS: ${facts.os}`);
      log('notice', 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    }
    // main() creates the pid file after the cycle is up and gives up when it cannot
    // (src/core/nginx.c, ngx_create_pidfile): a non-root or read-only /var/run stops nginx.
    try {
      ctx.fs.writeFile(config.pidFile, `${pid}\n`, {}, ctx.cred);
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'EACCES';
      emerg(`open() "${config.pidFile}" failed (${errno(code)}: ${strerror(code)})`);
      return 1;
    }
    if (notices) log('notice', 'start worker processes');
    const workerCred = root ? workerUser(ctx) : ctx.cred;
    const count = config.workerProcesses === 'auto' ? cpuCount(ctx) : config.workerProcesses;
    const workers: Process[] = [];
    ctx.process.argv.splice(0, ctx.process.argv.length, `nginx: master process ${ctx.argv.join(' ')}`);
    ctx.allocate(2_400_000);
    for (let i = 0; i < count; i++) {
      const w = ctx.spawn(async (wctx) => { wctx.allocate(1_300_000); return forever(wctx); }, { argv: ['nginx: worker process'], cred: workerCred, name: 'nginx' });
      workers.push(w);
      if (notices) log('notice', `start worker process ${w.pid}`);
    }
    let connections = 0;
    const accessLog = config.accessLog && config.accessLog !== 'off' ? openLog(ctx, config.accessLog) : undefined;
    for (const [port, server] of listeners.servers) {
      const listener: Listener = {
        http: async (request, from) => {
          const worker = workers[connections % workers.length];
          connections++;
          const served = serveStatic(request, from, {
            fs: ctx.fs, cred: workerCred, version: facts.version, now: ctx.now(), server,
            connection: `${worker.pid}#${worker.pid}: *${connections}`, strerror,
          });
          if (served.errorLine) errorLog.write(`${nginxTime(ctx.now())} [error] ${served.errorLine}\n`);
          accessLog?.write(`${served.accessLine}\n`);
          return served.response;
        },
      };
      listeners.bind(port, listener);
    }
    const signal = await untilSignal(ctx, ['SIGQUIT', 'SIGTERM', 'SIGINT']);
    const graceful = signal === 'SIGQUIT';
    if (notices) {
      log('notice', `signal ${signal === 'SIGQUIT' ? 3 : signal === 'SIGTERM' ? 15 : 2} (${signal}) received, ${graceful ? 'shutting down' : 'exiting'}`);
      for (const w of workers) {
        log('notice', graceful ? 'gracefully shutting down' : 'exiting', `${w.pid}#${w.pid}`);
        log('notice', 'exit', `${w.pid}#${w.pid}`);
      }
    }
    for (const w of workers) w.kill('SIGKILL');
    if (notices) {
      for (const w of workers) log('notice', `signal 17 (SIGCHLD) received from ${w.pid}`);
      for (const w of workers) log('notice', `worker process ${w.pid} exited with code 0`);
      log('notice', 'exit');
    }
    return 0;
  } finally {
    listeners.close();
  }
}

interface Bound {
  servers: Map<number, NginxServer>;
  bind(port: number, listener: Listener): void;
  close(): void;
}

/** Binds every listen address; on EADDRINUSE nginx tries five times, half a second apart. */
async function bindAll(
  ctx: ProcessContext, net: NetNamespace | undefined, servers: NginxServer[], emerg: (m: string) => void, strerror: (c: string) => string,
): Promise<Bound | undefined> {
  const ports = new Map<number, NginxServer>();
  const addresses: NginxListen[] = [];
  for (const s of servers) {
    for (const l of s.listen) {
      if (!ports.has(l.port)) ports.set(l.port, s);
      if (!addresses.some((a) => a.address === l.address && a.port === l.port)) addresses.push(l);
    }
  }
  const handles = new Map<number, { close(): void }>();
  const forwarding = new Map<number, Listener>();
  const relay = (port: number): Listener => ({ http: (req, from) => forwarding.get(port)?.http?.(req, from) ?? Promise.reject(new Error('not ready')) });
  const close = () => { for (const h of handles.values()) h.close(); handles.clear(); };
  try {
    return await bindRetrying(ctx, net, addresses, handles, relay, emerg, strerror, () => ({ servers: ports, bind: (port, l) => forwarding.set(port, l), close }));
  } catch (e) {
    // Killed while waiting to retry: the sockets bound so far go with the process.
    close();
    throw e;
  }
}

async function bindRetrying(
  ctx: ProcessContext, net: NetNamespace | undefined, addresses: NginxListen[], handles: Map<number, { close(): void }>,
  relay: (port: number) => Listener, emerg: (m: string) => void, strerror: (c: string) => string, bound: () => Bound,
): Promise<Bound | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    let failed = false;
    for (const a of addresses) {
      if (handles.has(a.port) || !net) continue;
      const h = net.listen(a.port, relay(a.port), ctx.cred);
      if ('code' in h && h.code === 'EACCES') {
        // Only EADDRINUSE is worth retrying: nginx gives up on any other bind() error at once.
        emerg(`bind() to ${a.address}:${a.port} failed (13: ${strerror('EACCES')})`);
        for (const x of handles.values()) x.close();
        handles.clear();
        return undefined;
      }
      if ('code' in h) {
        emerg(`bind() to ${a.address}:${a.port} failed (98: ${strerror('EADDRINUSE')})`);
        failed = true;
        // The IPv6 socket of the same port fails the same way.
        for (const b of addresses) if (b !== a && b.port === a.port) emerg(`bind() to ${b.address}:${b.port} failed (98: ${strerror('EADDRINUSE')})`);
        break;
      }
      handles.set(a.port, h);
    }
    if (!failed) return bound();
    await ctx.sleep(500);
  }
  emerg('still could not bind()');
  for (const h of handles.values()) h.close();
  handles.clear();
  return undefined;
}

function signalMaster(ctx: ProcessContext, config: NginxConfig, name: string): number {
  const signal = { stop: 'SIGTERM', quit: 'SIGQUIT', reopen: 'SIGUSR1', reload: 'SIGHUP' }[name];
  if (!signal) {
    ctx.stderr.write(`nginx: invalid option: "-s ${name}"\n`);
    return 1;
  }
  let pid: number;
  try {
    pid = Number(ctx.fs.readFile(config.pidFile, ctx.cred).trim());
  } catch {
    ctx.stderr.write(`nginx: [error] open() "${config.pidFile}" failed (2: No such file or directory)\n`);
    return 1;
  }
  if (!ctx.kill(pid, signal)) {
    ctx.stderr.write(`nginx: [error] kill(${pid}, ${signal === 'SIGHUP' ? 1 : 15}) failed (3: No such process)\n`);
    return 1;
  }
  if (signal === 'SIGHUP') ctx.stderr.write(`${nginxTime(ctx.now())} [notice] ${ctx.pid}#${ctx.pid}: signal process started\n`);
  return 0;
}

function workerUser(ctx: ProcessContext): Cred {
  try {
    const line = ctx.fs.readFile('/etc/passwd').split('\n').find((l) => l.startsWith('nginx:'));
    if (line) {
      const [, , uid, gid] = line.split(':');
      return { uid: Number(uid), gid: Number(gid), groups: [Number(gid)], caps: new Set() };
    }
  } catch {
    // No passwd: nginx would refuse to start; keep the master's user instead.
  }
  return ctx.cred;
}

function cpuCount(ctx: ProcessContext): number {
  try {
    const n = ctx.fs.readFile('/proc/cpuinfo').split('\n').filter((l) => l.startsWith('processor')).length;
    return n > 0 ? n : 1;
  } catch {
    return 1;
  }
}

function globConf(ctx: ProcessContext, pattern: string): string[] {
  const dir = paths.dirname(pattern);
  const suffix = paths.basename(pattern).replace(/^\*/, '');
  try {
    return ctx.fs.readdir(dir, ctx.cred).filter((n) => n.endsWith(suffix)).map((n) => paths.join(dir, n));
  } catch {
    return [];
  }
}

function errno(code: string): number {
  return { EPERM: 1, ENOENT: 2, EACCES: 13, EROFS: 30, ENOSPC: 28, EEXIST: 17 }[code] ?? 13;
}
