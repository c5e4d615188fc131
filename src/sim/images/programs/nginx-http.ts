// How nginx answers a request for a static file: index files, the trailing-slash redirect,
// 403/404/405 with its own error pages, and the lines it writes to the access and error logs.
// Models src/http/modules/ngx_http_static_module.c and ngx_http_special_response.c.

import type { Cred } from '../../../os/fs/cred.ts';
import type { FileSystem } from '../../../os/fs/file-system.ts';
import { utf8Length as byteLength } from '../../../os/fs/inode.ts';
import type { HttpRequest, HttpResponse } from '../../../os/net.ts';
import type { NginxServer } from './nginx-config.ts';
import { httpDate, timeLocal } from './wait.ts';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 301: 'Moved Permanently', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed', 500: 'Internal Server Error',
};

const MIME: Record<string, string> = {
  html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json',
  txt: 'text/plain', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml',
  ico: 'image/x-icon', xml: 'text/xml',
};

export interface Served {
  response: HttpResponse;
  accessLine: string;
  /** An `[error]` line for the error log (missing file, forbidden directory). */
  errorLine?: string;
}

export interface ServeContext {
  fs: FileSystem;
  cred: Cred;
  version: string;
  now: number;
  server: NginxServer;
  /** `29#29: *1` — the worker pid and connection number nginx prefixes its error lines with. */
  connection: string;
  /** strerror text for EACCES etc., per the image's libc. */
  strerror: (code: string) => string;
}

export function errorPage(status: number, version: string): string {
  const title = `${status} ${STATUS_TEXT[status] ?? ''}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

function header(h: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : h[key];
}


export function serveStatic(req: HttpRequest, from: string, c: ServeContext): Served {
  let uri: string;
  try {
    uri = decodeURIComponent(req.path.split('?')[0] || '/');
  } catch {
    uri = '';
  }
  const host = header(req.headers, 'host') ?? '';
  const requestLine = `${req.method} ${req.path} HTTP/1.1`;
  const base = { Server: `nginx/${c.version}`, Date: httpDate(c.now) };
  const errorLineFor = (what: string) => `${c.connection} ${what}, client: ${from}, server: ${c.server.serverName}, request: "${requestLine}", host: "${host}"`;
  const fail = (status: number, errorLine?: string, extra: Record<string, string> = {}): Served => {
    const body = errorPage(status, c.version);
    return finish({ status, statusText: STATUS_TEXT[status], headers: { ...base, 'Content-Type': 'text/html', 'Content-Length': String(byteLength(body)), Connection: 'keep-alive', ...extra }, body }, errorLine);
  };
  const finish = (response: HttpResponse, errorLine?: string): Served => {
    const bytes = req.method === 'HEAD' ? 0 : byteLength(response.body);
    const referer = header(req.headers, 'referer') ?? '-';
    const agent = header(req.headers, 'user-agent') ?? '-';
    const xff = header(req.headers, 'x-forwarded-for') ?? '-';
    const accessLine = `${from} - - [${timeLocal(c.now)}] "${requestLine}" ${response.status} ${bytes} "${referer}" "${agent}" "${xff}"`;
    return { response: req.method === 'HEAD' ? { ...response, body: '' } : response, accessLine, errorLine };
  };

  if (!uri.startsWith('/') || uri.split('/').includes('..')) return fail(400);
  let path = c.server.root.replace(/\/$/, '') + uri;
  let st;
  try {
    st = c.fs.stat(path, c.cred);
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'ENOENT';
    if (uri.endsWith('/') && code === 'ENOENT') return fail(404, errorLineFor(`"${path}index.html" is not found (2: No such file or directory)`));
    const errno = code === 'EACCES' ? 13 : 2;
    return fail(errno === 13 ? 403 : 404, errorLineFor(`open() "${path}" failed (${errno}: ${c.strerror(code)})`));
  }
  if (st.type === 'dir') {
    if (!uri.endsWith('/')) {
      const location = `http://${host || 'localhost'}${uri}/`;
      return fail(301, undefined, { Location: location });
    }
    const index = c.server.index.map((i) => path + i).find((p) => c.fs.exists(p, c.cred));
    if (!index) return fail(403, errorLineFor(`directory index of "${path}" is forbidden`));
    path = index;
    st = c.fs.stat(path, c.cred);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405);
  let body: string;
  try {
    body = c.fs.readFile(path, c.cred);
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'EACCES';
    return fail(403, errorLineFor(`open() "${path}" failed (13: ${c.strerror(code)})`));
  }
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const headers = {
    ...base,
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Content-Length': String(byteLength(body)),
    'Last-Modified': httpDate(st.mtime),
    Connection: 'keep-alive',
    ETag: `"${Math.floor(st.mtime / 1000).toString(16)}-${st.size.toString(16)}"`,
    'Accept-Ranges': 'bytes',
  };
  return finish({ status: 200, statusText: 'OK', headers, body });
}
