// ssh(1) between the cluster's nodes, as on a kubeadm lab box: `ssh node01` opens a root login
// shell on node01 (its own filesystem, host name and network) in the same terminal; `exit` or
// Ctrl-D ends it with `logout` and `Connection to node01 closed.`. No banner: lab boxes log in
// with keys and a quiet MOTD. A command after the host runs there without a terminal.

import type { FileSystem } from '../../os/fs/file-system.ts';
import { ROOT } from '../../os/fs/cred.ts';
import type { NetNamespace } from '../../os/net.ts';
import type { Program, ProcessContext } from '../../os/process/context.ts';
import type { Completer } from '../../os/process/terminal.ts';

export interface SshHost {
  name: string;
  ip: string;
  fs: FileSystem;
  net: NetNamespace;
}

export interface SshOptions {
  /** The machines that run sshd: the cluster's nodes. */
  hosts(): SshHost[];
  /** An interactive login bash (history and lab records hooked in). */
  loginShell: Program;
  /** bash for `ssh host command`. */
  commandShell: Program;
  /** Tab completion for a session on `host`. */
  completer?(host: SshHost, cwd: () => string): Completer;
  /** The login environment on `host` (HOME, PATH, PS1…). */
  loginEnv(host: SshHost): Record<string, string>;
}

const USAGE = `usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]
           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]
           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]
           [-J destination] [-L address] [-l login_name] [-m mac_spec]
           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]
           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]
           destination [command [argument ...]]
`;

/** Options of ssh that take a value (`-p 22`, `-o StrictHostKeyChecking=no`). */
const WITH_VALUE = new Set('BbcDEeFIiJLlmOoPpRSWw'.split(''));

interface Parsed {
  user?: string;
  host: string;
  command: string[];
  forceTty: boolean;
}

export function parseSshArgs(args: string[]): Parsed | undefined {
  let user: string | undefined;
  let forceTty = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '-') break;
    if (a === '--') { i++; break; }
    for (let j = 1; j < a.length; j++) {
      const flag = a[j];
      if (flag === 't') forceTty = true;
      if (!WITH_VALUE.has(flag)) continue;
      const value = a.slice(j + 1) || args[++i];
      if (value === undefined) return undefined;
      if (flag === 'l') user = value;
      break;
    }
  }
  const dest = args[i];
  if (dest === undefined) return undefined;
  const at = dest.lastIndexOf('@');
  if (at >= 0) user = dest.slice(0, at);
  return { user, host: at >= 0 ? dest.slice(at + 1) : dest, command: args.slice(i + 1), forceTty };
}

/** The address /etc/hosts gives `name` on the machine ssh runs on. */
function hostsEntry(ctx: ProcessContext, name: string): string | undefined {
  let text = '';
  try { text = ctx.fs.readFile('/etc/hosts', ctx.cred); } catch { return undefined; }
  for (const line of text.split('\n')) {
    const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (ip && names.includes(name)) return ip;
  }
  return undefined;
}

export function createSsh(options: SshOptions): Program {
  return async (ctx) => {
    const parsed = parseSshArgs(ctx.argv.slice(1));
    if (!parsed) {
      ctx.stderr.write(USAGE);
      return 255;
    }
    const hosts = options.hosts();
    const ip = /^\d+\.\d+\.\d+\.\d+$/.test(parsed.host) ? parsed.host : hosts.find((h) => h.name === parsed.host)?.ip ?? hostsEntry(ctx, parsed.host);
    if (!ip) {
      ctx.stderr.write(`ssh: Could not resolve hostname ${parsed.host.toLowerCase()}: Name or service not known\n`);
      return 255;
    }
    const host = hosts.find((h) => h.ip === ip || (ip.startsWith('127.') && h.name === ctx.hostname));
    if (!host) {
      ctx.stderr.write(`ssh: connect to host ${parsed.host} port 22: Connection refused\n`);
      return 255;
    }
    if (parsed.user !== undefined && parsed.user !== 'root') {
      ctx.stderr.write(`${parsed.user}@${parsed.host}: Permission denied (publickey).\n`);
      return 255;
    }
    const env = options.loginEnv(host);
    // A scripted session (`podlab run`, transcripts) shows no prompts on any node.
    if (ctx.env.PS1 === '') Object.assign(env, { PS1: '', PS2: '' });
    const base = { env, cwd: '/root', cred: ROOT, fs: host.fs, hostname: host.name, net: host.net };
    if (parsed.command.length > 0 && !parsed.forceTty) {
      const child = ctx.spawn(options.commandShell, { ...base, argv: ['bash', '-c', parsed.command.join(' ')] });
      return (await child.exited).code;
    }
    const terminal = ctx.terminal;
    if (!terminal) ctx.stderr.write('Pseudo-terminal will not be allocated because stdin is not a terminal.\r\n');
    const argv = parsed.command.length > 0 ? ['bash', '-c', parsed.command.join(' ')] : ['-bash'];
    const program = parsed.command.length > 0 ? options.commandShell : options.loginShell;
    // The remote session is the terminal's foreground job until it ends: Ctrl-C reaches it, not us.
    const child = ctx.spawn(program, { ...base, argv, pgid: 0, terminal });
    const previous = terminal ? { pgid: terminal.foregroundPgid, completer: terminal.lineOptions.completer } : undefined;
    if (terminal) {
      terminal.foregroundPgid = child.pgid;
      const completer = options.completer?.(host, () => child.cwd);
      if (completer) terminal.lineOptions = { ...terminal.lineOptions, completer };
    }
    const info = await child.exited;
    if (terminal && previous) {
      terminal.foregroundPgid = previous.pgid;
      terminal.lineOptions = { ...terminal.lineOptions, completer: previous.completer };
    }
    ctx.stderr.write(`Connection to ${parsed.host} closed.\n`);
    return info.code;
  };
}
