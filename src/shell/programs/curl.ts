// curl(1) 8.5 (Ubuntu 24.04): GET/HEAD/POST through the process's network namespace, with
// -s -S -o -O -I -i -v -L -X -d -H -f -w '%{http_code}', and curl's own error texts and exit
// codes (6 resolve, 7 connect, 22 -f on HTTP errors).

import { errText } from './lib/io.ts';
import { httpRequest, parseUrl, resolveHost, STATUS_TEXT } from './lib/http.ts';
import { parseOptions } from './lib/options.ts';
import { terminalOf } from './lib/system.ts';
import type { Tool } from './lib/tool.ts';

export const curl: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, {
    short: 'sSo:OIivLX:d:H:fkw:m:A:',
    long: { silent: 's', 'show-error': 'S', 'output=': 'o', 'remote-name': 'O', head: 'I', include: 'i', verbose: 'v', location: 'L', 'request=': 'X', 'data=': 'd', 'data-raw=': 'd', 'header=': 'H', fail: 'f', insecure: 'k', 'write-out=': 'w', 'max-time=': 'm', 'connect-timeout=': 'm', 'user-agent=': 'A' },
  });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const silent = opts.has('s');
  const showError = !silent || opts.has('S');
  const fail = (code: number, message: string): number => {
    if (showError) ctx.stderr.write(`curl: (${code}) ${message}\n`);
    return code;
  };
  if (operands.length === 0) {
    ctx.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  let url = parseUrl(operands[0]);
  if (!url) return fail(3, `URL rejected: Malformed input to a URL function`);
  if (url.scheme !== 'http' && url.scheme !== 'https') return fail(1, `Protocol "${url.scheme}" not supported`);
  const method = opts.get('X') ?? (opts.has('I') ? 'HEAD' : opts.has('d') ? 'POST' : 'GET');
  const verbose = opts.has('v');
  const meter = !silent && !verbose && (opts.has('o') || opts.has('O') || !terminalOf(ctx.stdout));
  if (meter) ctx.stderr.write('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n');
  for (let redirects = 0; ; redirects++) {
    const ip = resolveHost(ctx, url.host);
    if (!ip) return fail(6, `Could not resolve host: ${url.host}`);
    const headers: Record<string, string> = { Host: url.port === 80 ? url.host : `${url.host}:${url.port}`, 'User-Agent': opts.get('A') ?? 'curl/8.5.0', Accept: '*/*' };
    for (const h of opts.all('H')) {
      const i = h.indexOf(':');
      if (i > 0) headers[h.slice(0, i).trim()] = h.slice(i + 1).trim();
    }
    const body = opts.all('d').join('&') || undefined;
    if (body !== undefined) {
      headers['Content-Length'] = String(body.length);
      headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
    }
    if (verbose) ctx.stderr.write(`*   Trying ${ip}:${url.port}...\n`);
    if (url.scheme === 'https') return fail(35, `OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number`);
    const res = await httpRequest(ctx, ip, url, method, headers, body);
    if ('code' in res) {
      if (verbose) ctx.stderr.write(`* connect to ${ip} port ${url.port} from ${ip === '127.0.0.1' ? '127.0.0.1' : '10.0.0.1'} port 41234 failed: ${res.code === 'EHOSTUNREACH' ? 'No route to host' : 'Connection refused'}\n`);
      if (meter) ctx.stderr.write('  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n');
      const why = res.code === 'EHOSTUNREACH' ? 'No route to host' : "Couldn't connect to server";
      const after = res.code === 'EHOSTUNREACH' ? 3071 : 0;
      return fail(7, `Failed to connect to ${url.host} port ${url.port} after ${after} ms: ${why}`);
    }
    const statusText = res.statusText ?? STATUS_TEXT[res.status] ?? '';
    const headerLines = [`HTTP/1.1 ${res.status} ${statusText}`, ...Object.entries(res.headers).map(([k, v]) => `${k}: ${v}`)];
    if (verbose) {
      ctx.stderr.write(`* Connected to ${url.host} (${ip}) port ${url.port}\n> ${method} ${url.path} HTTP/1.1\n${Object.entries(headers).map(([k, v]) => `> ${k}: ${v}\n`).join('')}> \n`);
      ctx.stderr.write(`${headerLines.map((l) => `< ${l}\n`).join('')}< \n`);
    }
    const location = Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (opts.has('L') && location && res.status >= 300 && res.status < 400 && redirects < 50) {
      const next = parseUrl(location.startsWith('/') ? `${url.scheme}://${url.host}:${url.port}${location}` : location);
      if (next) {
        url = next;
        continue;
      }
    }
    if (opts.has('f') && res.status >= 400) {
      if (meter) ctx.stderr.write('  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n');
      return fail(22, `The requested URL returned error: ${res.status}`);
    }
    let output = '';
    if (opts.has('I') || opts.has('i')) output += headerLines.map((l) => `${l}\r\n`).join('') + '\r\n';
    if (method !== 'HEAD') output += res.body;
    if (meter) {
      const n = String(output.length);
      ctx.stderr.write(`100 ${n.padStart(5)}  100 ${n.padStart(5)}    0     0   ${'0'.padStart(4)}      0 --:--:-- --:--:-- --:--:--     0\n`);
    }
    const outFile = opts.get('o') ?? (opts.has('O') ? url.path.split('/').pop() || 'index.html' : undefined);
    if (outFile !== undefined && outFile !== '-') {
      try {
        ctx.fs.writeFile(ctx.resolve(outFile), output, {}, ctx.cred);
      } catch (e) {
        return fail(23, `Failure writing output to destination, passed ${output.length} returned 0: ${errText(e)}`);
      }
    } else ctx.stdout.write(output);
    if (verbose) ctx.stderr.write(`* Connection #0 to host ${url.host} left intact\n`);
    const w = opts.get('w');
    if (w !== undefined) ctx.stdout.write(w.replace(/%\{http_code\}/g, String(res.status)).replace(/%\{size_download\}/g, String(res.body.length)).replace(/\\n/g, '\n'));
    return 0;
  }
};
