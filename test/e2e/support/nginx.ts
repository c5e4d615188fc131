// Debian's nginx serving a built site with the shipped server block (deploy/nginx/podlab.conf),
// its root, port and include pointed at the build: the hosting setup a team would run.

import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StaticSite } from './static-server.ts';

const CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];

export const shippedConfig = join(import.meta.dirname, '../../../deploy/nginx/podlab.conf');

export function findNginx(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    }).on('error', fail);
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const c = connect(port, '127.0.0.1', () => { c.destroy(); done(true); }).on('error', () => done(false));
  });
}

/** The shipped server block with its deployment paths replaced by `dist` and `port`. */
export function localConfig(dist: string, port: number): string {
  const root = resolve(dist);
  return readFileSync(shippedConfig, 'utf8')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replaceAll('/srv/podlab/dist', root);
}

export async function serveWithNginx(dist: string): Promise<StaticSite> {
  const nginx = findNginx();
  if (!nginx) throw new Error('no nginx found');
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'podlab-nginx-'));
  for (const d of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
  writeFileSync(join(prefix, 'podlab.conf'), localConfig(dist, port));
  writeFileSync(join(prefix, 'nginx.conf'), [
    'master_process off;', 'daemon off;', `pid ${prefix}/nginx.pid;`, `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {', '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d}_temp_path ${prefix}/${d === 'client_body' ? 'client' : d};`),
    `  include ${prefix}/podlab.conf;`, '}', '',
  ].join('\n'));
  // A config the shipped file breaks fails here, with nginx's own words.
  execFileSync(nginx, ['-t', '-q', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: 'pipe' });
  const child: ChildProcess = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await answers(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
