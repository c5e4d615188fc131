// wget(1): busybox's applet in containers (-q, -O FILE, -O- for stdout, -T, -S) and GNU wget's
// progress texts on the host; fetched through the process's network namespace.

import { errText } from './lib/io.ts';
import { httpRequest, parseUrl, resolveHost, STATUS_TEXT } from './lib/http.ts';
import { parseOptions } from './lib/options.ts';
import { strftime } from './lib/dates.ts';
import type { Tool } from './lib/tool.ts';

export const wget: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'qO:T:St:cU:', long: { quiet: 'q', 'output-document=': 'O', 'timeout=': 'T', 'server-response': 'S', 'tries=': 't' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  const bb = f.kind === 'busybox';
  const quiet = opts.has('q');
  const say = (s: string) => { if (!quiet) ctx.stderr.write(s); };
  if (operands.length === 0) {
    ctx.stderr.write(bb ? f.usage(prog) : `${prog}: missing URL\nUsage: ${prog} [OPTION]... [URL]...\n\nTry \`${prog} --help' for more options.\n`);
    return 1;
  }
  const url = parseUrl(operands[0]);
  if (!url) {
    ctx.stderr.write(bb ? `${prog}: bad address '${operands[0]}'\n` : `${operands[0]}: Invalid URL\n`);
    return 1;
  }
  const ip = resolveHost(ctx, url.host);
  if (!bb) say(`--${strftime('%Y-%m-%d %H:%M:%S', ctx.now())}--  ${url.scheme}://${url.host}${url.port === 80 ? '' : `:${url.port}`}${url.path}\n`);
  if (!ip) {
    ctx.stderr.write(bb ? `${prog}: bad address '${url.host}'\n` : `Resolving ${url.host} (${url.host})... failed: Name or service not known.\n${prog}: unable to resolve host address ‘${url.host}’\n`);
    return bb ? 1 : 4;
  }
  const target = opts.get('O') ?? (url.path.split('?')[0].split('/').pop() || 'index.html');
  if (bb) say(`Connecting to ${url.host}:${url.port} (${ip}:${url.port})\n`);
  else say(`Connecting to ${url.host}:${url.port}... `);
  const res = await httpRequest(ctx, ip, url, 'GET', { Host: url.host, 'User-Agent': bb ? 'Wget' : 'Wget/1.21.4', Accept: '*/*' });
  if ('code' in res) {
    const why = res.code === 'EHOSTUNREACH' ? 'No route to host' : 'Connection refused';
    ctx.stderr.write(bb ? `${prog}: can't connect to remote host (${ip}): ${why}\n` : `${quiet ? '' : 'failed: '}${why}.\n`);
    return bb ? 1 : 4;
  }
  const text = res.statusText ?? STATUS_TEXT[res.status] ?? '';
  if (!bb) say(`connected.\nHTTP request sent, awaiting response... ${res.status} ${text}\n`);
  if (res.status >= 400) {
    ctx.stderr.write(bb ? `${prog}: server returned error: HTTP/1.1 ${res.status} ${text}\n` : `${strftime('%Y-%m-%d %H:%M:%S', ctx.now())} ERROR ${res.status}: ${text}.\n\n`);
    return bb ? 1 : 8;
  }
  if (target === '-') {
    ctx.stdout.write(res.body);
    return 0;
  }
  try {
    ctx.fs.writeFile(ctx.resolve(target), res.body, {}, ctx.cred);
  } catch (e) {
    ctx.stderr.write(bb ? `${prog}: can't open '${target}': ${errText(e)}\n` : `${target}: ${errText(e)}\n`);
    return 1;
  }
  const size = res.body.length;
  if (bb) say(`saving to '${target}'\n${target.padEnd(20).slice(0, 20)} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n'${target}' saved\n`);
  else say(`Length: ${size} [${res.headers['Content-Type'] ?? 'text/html'}]\nSaving to: ‘${target}’\n\n${target.padEnd(20)}100%[===================>] ${String(size).padStart(6)}  --.-KB/s    in 0s      \n\n${strftime('%Y-%m-%d %H:%M:%S', ctx.now())} (0.00 B/s) - ‘${target}’ saved [${size}/${size}]\n\n`);
  return 0;
};
