// ps(1) over the kernel's process table: procps' `ps`, `ps aux`, `ps -ef` layouts (Ubuntu
// 24.04 column widths) and busybox's `PID USER TIME COMMAND`.

import { Users } from '../../os/users.ts';
import type { ProcessInfo } from '../../os/process/kernel.ts';
import { systemOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

const STATE: Record<string, string> = { running: 'R', sleeping: 'S', stopped: 'T', exited: 'Z' };

function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** CPU time from checkpoints: a stand-in where 100 checkpoints make a second. */
function cpuSeconds(p: ProcessInfo): number {
  return Math.floor(p.cpuTicks / 100);
}

function command(p: ProcessInfo): string {
  return p.argv.length > 0 ? p.argv.join(' ') : `[${p.name}]`;
}

export const ps: Tool = async (ctx, f) => {
  const table = systemOf(ctx).processes?.list() ?? [];
  const users = Users.load(ctx.fs);
  const args = ctx.argv.slice(1).join(' ');
  const tty = (p: ProcessInfo) => (p.pid === 1 ? '?' : 'pts/0');
  const rows = table.filter((p) => p.state !== 'exited');
  let out: string;
  if (f.kind === 'busybox') {
    out = 'PID   USER     TIME  COMMAND\n' + rows.map((p) => {
      const t = cpuSeconds(p);
      return `${String(p.pid).padStart(5)} ${users.userName(p.uid).slice(0, 8).padEnd(8)} ${`${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`.padStart(5)} ${command(p)}\n`;
    }).join('');
  } else if (/\b(a?ux|aux)\b/.test(args)) {
    out = 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n' + rows.map((p) => {
      const t = cpuSeconds(p);
      const rss = Math.ceil(p.memory / 1024) + 1024;
      const vsz = rss + 4096;
      const stat = STATE[p.state] + (p.pid === p.pgid ? 's' : '') + (p.state !== 'stopped' && tty(p) !== '?' && p.pgid === p.pid ? '+' : '');
      return `${users.userName(p.uid).slice(0, 8).padEnd(8)} ${String(p.pid).padStart(7)} ${'0.0'.padStart(4)} ${'0.0'.padStart(4)} ${String(vsz).padStart(6)} ${String(rss).padStart(5)} ${tty(p).padEnd(8)} ${stat.padEnd(4)} ${hhmm(p.startTime)} ${`${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`.padStart(6)} ${command(p)}\n`;
    }).join('');
  } else if (/(^|\s)-[a-zA-Z]*[ef]/.test(args)) {
    out = 'UID          PID    PPID  C STIME TTY          TIME CMD\n' + rows.map((p) => {
      const t = cpuSeconds(p);
      const time = `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
      return `${users.userName(p.uid).slice(0, 8).padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${hhmm(p.startTime)} ${tty(p).padEnd(8)} ${time} ${command(p)}\n`;
    }).join('');
  } else {
    out = '    PID TTY          TIME CMD\n' + rows.filter((p) => tty(p) !== '?' && p.uid === ctx.cred.uid).map((p) => {
      const t = cpuSeconds(p);
      const time = `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
      return `${String(p.pid).padStart(7)} ${tty(p).padEnd(8)} ${time} ${p.name.slice(0, 15)}\n`;
    }).join('');
  }
  ctx.stdout.write(out);
  return 0;
};
