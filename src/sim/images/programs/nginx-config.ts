// Reading nginx's configuration as far as a Pod course needs it: where logs go, which ports
// each server listens on, its root and index files. Errors carry nginx's own texts.
// Models src/core/ngx_conf_file.c (tokens, blocks, include).

export interface NginxListen {
  port: number;
  /** `0.0.0.0` or `[::]`, as the bind() error names them. */
  address: string;
}

export interface NginxServer {
  listen: NginxListen[];
  serverName: string;
  root: string;
  index: string[];
}

export interface NginxConfig {
  user?: string;
  errorLog: { path: string; level: string };
  accessLog?: string;
  pidFile: string;
  workerProcesses: number | 'auto';
  servers: NginxServer[];
}

interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
  file: string;
  line: number;
}

export interface ConfigSource {
  /** File content, or undefined when it cannot be opened. */
  read(path: string): string | undefined;
  /** The files matching an `include` glob (only `dir/*.conf` shapes), sorted. */
  glob(pattern: string): string[];
}

export type ConfigResult = { ok: true; config: NginxConfig } | { ok: false; message: string };

class ConfigError extends Error {}

function tokenize(text: string, file: string): Directive[] {
  const tokens: { t: string; line: number }[] = [];
  let line = 1;
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '\n') { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (c === '#') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === ';' || c === '{' || c === '}') { tokens.push({ t: c, line }); i++; continue; }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) { if (text[j] === '\n') line++; j++; }
      tokens.push({ t: text.slice(i + 1, j), line });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/[\s;{}]/.test(text[j])) j++;
    tokens.push({ t: text.slice(i, j), line });
    i = j;
  }
  let pos = 0;
  const block = (depth: number): Directive[] => {
    const out: Directive[] = [];
    while (pos < tokens.length) {
      const first = tokens[pos];
      if (first.t === '}') {
        if (depth === 0) throw new ConfigError(`unexpected "}" in ${file}:${first.line}`);
        pos++;
        return out;
      }
      const args: string[] = [];
      pos++;
      while (pos < tokens.length && !['{', ';', '}'].includes(tokens[pos].t)) args.push(tokens[pos++].t);
      const end = tokens[pos];
      if (!end) throw new ConfigError(`unexpected end of file, expecting ";" or "}" in ${file}:${line}`);
      if (end.t === '}') throw new ConfigError(`unexpected "}" in ${file}:${end.line}`);
      pos++;
      const d: Directive = { name: first.t, args, file, line: first.line };
      if (end.t === '{') d.block = block(depth + 1);
      out.push(d);
    }
    if (depth > 0) throw new ConfigError(`unexpected end of file, expecting "}" in ${file}:${line}`);
    return out;
  };
  return block(0);
}

function load(path: string, src: ConfigSource, from?: Directive): Directive[] {
  const text = src.read(path);
  if (text === undefined) {
    const where = from ? ` in ${from.file}:${from.line}` : '';
    throw new ConfigError(`open() "${path}" failed (2: No such file or directory)${where}`);
  }
  return expand(tokenize(text, path), src);
}

function expand(ds: Directive[], src: ConfigSource): Directive[] {
  const out: Directive[] = [];
  for (const d of ds) {
    if (d.name === 'include') {
      const pattern = d.args[0] ?? '';
      const files = pattern.includes('*') ? src.glob(pattern) : [pattern];
      for (const f of files) out.push(...load(f, src, d));
    } else out.push(d.block ? { ...d, block: expand(d.block, src) } : d);
  }
  return out;
}

function listenOf(arg: string): NginxListen[] {
  const v6 = /^\[(.*)\]:(\d+)$/.exec(arg);
  if (v6) return [{ address: `[${v6[1]}]`, port: Number(v6[2]) }];
  const hostPort = /^(.*):(\d+)$/.exec(arg);
  if (hostPort) return [{ address: hostPort[1], port: Number(hostPort[2]) }];
  if (/^\d+$/.test(arg)) return [{ address: '0.0.0.0', port: Number(arg) }];
  return [{ address: arg, port: 80 }];
}

export function parseNginxConfig(path: string, src: ConfigSource): ConfigResult {
  try {
    const main = load(path, src);
    const config: NginxConfig = { errorLog: { path: '/var/log/nginx/error.log', level: 'error' }, pidFile: '/var/run/nginx.pid', workerProcesses: 1, servers: [] };
    for (const d of main) {
      if (d.name === 'user') config.user = d.args[0];
      else if (d.name === 'error_log') config.errorLog = { path: d.args[0], level: d.args[1] ?? 'error' };
      else if (d.name === 'pid') config.pidFile = d.args[0];
      else if (d.name === 'worker_processes') config.workerProcesses = d.args[0] === 'auto' ? 'auto' : Number(d.args[0]);
      else if (d.name === 'http') {
        for (const h of d.block ?? []) {
          if (h.name === 'access_log') config.accessLog = h.args[0];
          if (h.name === 'server') config.servers.push(server(h.block ?? []));
        }
      }
    }
    return { ok: true, config };
  } catch (e) {
    if (e instanceof ConfigError) return { ok: false, message: e.message };
    throw e;
  }
}

function server(ds: Directive[]): NginxServer {
  const s: NginxServer = { listen: [], serverName: '', root: '/etc/nginx/html', index: ['index.html'] };
  for (const d of ds) {
    if (d.name === 'listen') s.listen.push(...listenOf(d.args[0] ?? '80'));
    else if (d.name === 'server_name') s.serverName = d.args[0] ?? '';
    else if (d.name === 'root') s.root = d.args[0];
    else if (d.name === 'index') s.index = d.args;
    else if (d.name === 'location' && d.args.length === 1 && d.args[0] === '/') {
      for (const l of d.block ?? []) {
        if (l.name === 'root') s.root = l.args[0];
        if (l.name === 'index') s.index = l.args;
      }
    }
  }
  if (s.listen.length === 0) s.listen.push({ address: '0.0.0.0', port: 80 });
  return s;
}
