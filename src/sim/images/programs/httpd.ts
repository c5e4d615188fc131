// Apache httpd as the official image runs it (httpd-foreground): its start-up notices, port 80,
// "It works!" from htdocs, the common log format on stdout; SIGWINCH stops it gracefully.

import type { Program } from '../../../os/process/context.ts';
import { utf8Length } from '../../../os/fs/inode.ts';
import { netOf } from '../../runtime/net-of.ts';
import { DAYS, MONTHS, httpDate, timeLocal, untilSignal } from './wait.ts';

function apacheTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}000 ${d.getUTCFullYear()}`;
}

export const httpdForeground: Program = async (ctx) => {
  const version = ctx.env.HTTPD_VERSION ?? '2.4.62';
  const net = netOf(ctx);
  const ip = net?.ips[0] ?? '127.0.0.1';
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`;
  ctx.stderr.write(fqdn);
  const handle = net?.listen(80, {
    http: async (req, from) => {
      const path = `/usr/local/apache2/htdocs${req.path === '/' ? '/index.html' : req.path.split('?')[0]}`;
      let body: string;
      let status = 200;
      try {
        body = ctx.fs.readFile(path, { uid: 33, gid: 33, groups: [33] });
      } catch {
        status = 404;
        body = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n`;
      }
      ctx.stdout.write(`${from} - - [${timeLocal(ctx.now())}] "${req.method} ${req.path} HTTP/1.1" ${status} ${utf8Length(body)}\n`);
      return { status, statusText: status === 200 ? 'OK' : 'Not Found', headers: { Date: httpDate(ctx.now()), Server: `Apache/${version} (Unix)`, 'Content-Length': String(utf8Length(body)), 'Content-Type': 'text/html' }, body };
    },
  });
  if (handle && 'code' in handle) {
    ctx.stderr.write('(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80\n(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80\nno listening sockets available, shutting down\nAH00015: Unable to open logs\n');
    return 1;
  }
  try {
    ctx.stderr.write(fqdn);
    ctx.allocate(4_000_000);
    ctx.stderr.write(`[${apacheTime(ctx.now())}] [mpm_event:notice] [pid ${ctx.pid}:tid ${ctx.pid}] AH00489: Apache/${version} (Unix) configured -- resuming normal operations\n`);
    ctx.stderr.write(`[${apacheTime(ctx.now())}] [core:notice] [pid ${ctx.pid}:tid ${ctx.pid}] AH00094: Command line: 'httpd -D FOREGROUND'\n`);
    await untilSignal(ctx, ['SIGWINCH', 'SIGTERM']);
    ctx.stderr.write(`[${apacheTime(ctx.now())}] [mpm_event:notice] [pid ${ctx.pid}:tid ${ctx.pid}] AH00492: caught SIGWINCH, shutting down gracefully\n`);
    return 0;
  } finally {
    if (handle && !('code' in handle)) handle.close();
  }
};
