// The programs of PodLab's machines: GNU coreutils and friends for the Ubuntu-like host, one
// busybox binary for containers. A machine registers `programRegistry()` and installs files
// naming these programs (`binary('ls')` at /usr/bin/ls; `binary('busybox')` at /bin/busybox
// with applets as symlinks to it).

import { ProgramRegistry } from '../../os/exec.ts';
import type { Program } from '../../os/process/context.ts';
import { base64 } from './base64.ts';
import { basename } from './basename.ts';
import { busyboxProgram } from './busybox.ts';
import { cat } from './cat.ts';
import { chmod } from './chmod.ts';
import { chown } from './chown.ts';
import { clear } from './clear.ts';
import { cp } from './cp.ts';
import { date } from './date.ts';
import { dirname } from './dirname.ts';
import { echo } from './echo.ts';
import { env } from './env.ts';
import { falseProgram } from './false.ts';
import { busyboxUsageLoaded, coreutils, loadBusyboxUsage } from './flavour.ts';
import { free } from './free.ts';
import { grep } from './grep.ts';
import { head } from './head.ts';
import { hostname } from './hostname.ts';
import { id } from './id.ts';
import { kill } from './kill.ts';
import type { Tool } from './lib/tool.ts';
import { lazyTool } from './lib/lazy.ts';
import { loadGnuHelp } from './lib/options.ts';
import { ln } from './ln.ts';
import { ls } from './ls.ts';
import { helpProgram, manProgram } from './man.ts';
import { mkdir } from './mkdir.ts';
import { mv } from './mv.ts';
import { printf } from './printf.ts';
import { pwd } from './pwd.ts';
import { rm } from './rm.ts';
import { rmdir } from './rmdir.ts';
import { seq } from './seq.ts';
import { sleep } from './sleep.ts';
import { tail } from './tail.ts';
import { tee } from './tee.ts';
import { timeout } from './timeout.ts';
import { touch } from './touch.ts';
import { tr } from './tr.ts';
import { trueProgram } from './true.ts';
import { uname } from './uname.ts';
import { uniq } from './uniq.ts';
import { wc } from './wc.ts';
import { which } from './which.ts';
import { whoami } from './whoami.ts';
import { xargs } from './xargs.ts';
import { yes } from './yes.ts';

// Interpreters with grammars of their own load on first use (lib/lazy.ts).
const awk = lazyTool(() => import('./awk.ts').then((m) => m.awk));
const jq = lazyTool(() => import('./jq.ts').then((m) => m.jq));
const yq = lazyTool(() => import('./yq.ts').then((m) => m.yq));
// So do the tools a learner reaches for now and then, which container commands seldom run.
const apk = lazyTool(() => import('./apk.ts').then((m) => m.apk));
const curl = lazyTool(() => import('./curl.ts').then((m) => m.curl));
const cut = lazyTool(() => import('./cut.ts').then((m) => m.cut));
const dd = lazyTool(() => import('./dd.ts').then((m) => m.dd));
const df = lazyTool(() => import('./df.ts').then((m) => m.df));
const du = lazyTool(() => import('./du.ts').then((m) => m.du));
const fallocate = lazyTool(() => import('./fallocate.ts').then((m) => m.fallocate));
const find = lazyTool(() => import('./find.ts').then((m) => m.find));
const nslookup = lazyTool(() => import('./nslookup.ts').then((m) => m.nslookup));
const pgrep = lazyTool(() => import('./pgrep.ts').then((m) => m.pgrep));
const pkill = lazyTool(() => import('./pgrep.ts').then((m) => m.pkill));
const ps = lazyTool(() => import('./ps.ts').then((m) => m.ps));
const sed = lazyTool(() => import('./sed.ts').then((m) => m.sed));
const sort = lazyTool(() => import('./sort.ts').then((m) => m.sort));
const stat = lazyTool(() => import('./stat.ts').then((m) => m.stat));
const truncate = lazyTool(() => import('./truncate.ts').then((m) => m.truncate));
const watch = lazyTool(() => import('./watch.ts').then((m) => m.watch));
const wget = lazyTool(() => import('./wget.ts').then((m) => m.wget));
// The pod-networking applets: ping on every machine, nc, netstat and ip in busybox images.
export const ping = lazyTool(() => import('./ping.ts').then((m) => m.ping));
const nc = lazyTool(() => import('./nc.ts').then((m) => m.nc));
const netstat = lazyTool(() => import('./netstat.ts').then((m) => m.netstat));
const ip = lazyTool(() => import('./ip.ts').then((m) => m.ip));

const CONTAINER_TOOLS = [apk, cut, dd, df, du, fallocate, find, nslookup, pgrep, pkill, ps, sed, sort, stat, truncate, watch, wget, ping, nc, netstat, ip];

/**
 * What a container's shell scripts may run without waiting: busybox's usage texts and the tools
 * above that images carry. A machine loads them with its first pull (addImageContents), so a
 * container's first `sed` starts in the same virtual instant as it would had they loaded at start.
 */
export const containerTools = {
  ready: (): boolean => busyboxUsageLoaded() && CONTAINER_TOOLS.every((t) => t.loaded()),
  load: (): Promise<unknown> => Promise.all([loadBusyboxUsage(), ...CONTAINER_TOOLS.map((t) => t.load())]),
};

/** Programs both families have, by the name they are invoked as. */
const COMMON: Readonly<Record<string, Tool>> = {
  awk, base64, basename, cat, chmod, chown, clear, cp, cut, date, dd, df, dirname, du, echo, env,
  fallocate, false: falseProgram, find, free, grep, head, hostname, id, kill, ln, ls, mkdir, mv, nslookup,
  pgrep, pkill, printf, ps, pwd, rm, rmdir, sed, seq, sleep, sort, stat, tail, tee, timeout, touch, tr, true: trueProgram, truncate,
  uname, uniq, watch, wc, wget, which, whoami, xargs, yes,
};

/** The host's own tools: coreutils, procps, grep, sed, gawk, curl, jq, yq, man. */
const HOST_ONLY: Readonly<Record<string, Tool>> = { curl, jq, yq };

/** busybox's network applets; the nodes have iputils' ping and iproute2's ip instead. */
const BUSYBOX_ONLY: Readonly<Record<string, Tool>> = { ip, nc, netstat, ping };

export const COREUTILS_NAMES: readonly string[] = [...Object.keys(COMMON), ...Object.keys(HOST_ONLY), 'man', 'help'].sort();

/** The applets of the busybox image (no curl, jq or yq: a learner uses wget there). */
export const BUSYBOX_APPLETS: readonly string[] = Object.keys({ ...COMMON, ...BUSYBOX_ONLY }).sort();

// GNU's --help texts are a chunk of their own, fetched before a run that asks for one.
const bind = (tool: Tool): Program => (ctx) => (ctx.argv.includes('--help') ? loadGnuHelp().then(() => tool(ctx, coreutils)) : tool(ctx, coreutils));

/** The host's programs by name, each with GNU's texts. */
export function coreutilsPrograms(): Record<string, Program> {
  const programs: Record<string, Program> = {};
  for (const [name, tool] of Object.entries({ ...COMMON, ...HOST_ONLY })) programs[name] = bind(tool);
  programs.man = bind(manProgram(() => [...COREUTILS_NAMES, 'kubectl']));
  programs.help = bind(helpProgram(() => [...COREUTILS_NAMES, 'kubectl']));
  return programs;
}

/** The busybox multi-call binary with every applet. */
export function busybox(): Program {
  return busyboxProgram({ ...COMMON, ...BUSYBOX_ONLY });
}

/** A registry holding the host's programs and `busybox`, for a machine's ProgramRegistry. */
export function programRegistry(registry = new ProgramRegistry()): ProgramRegistry {
  for (const [name, program] of Object.entries(coreutilsPrograms())) registry.register(name, program);
  registry.register('busybox', busybox());
  // Alpine-based images have /sbin/apk; its packages install more of these programs.
  registry.register('apk', (ctx) => apk(ctx, coreutils));
  return registry;
}

export { bindSystem, registerTerminal, systemOf, terminalOf, type SystemView, type TerminalView } from './lib/system.ts';
export { coreutils, busybox as busyboxFlavour, type Flavour } from './flavour.ts';
export type { Tool } from './lib/tool.ts';
