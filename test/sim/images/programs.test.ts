import { describe, it, expect } from 'vitest';
import { parseNginxConfig } from '../../../src/sim/images/programs/nginx-config.ts';
import { errorPage } from '../../../src/sim/images/programs/nginx-http.ts';
import { parseBytes } from '../../../src/sim/images/programs/stress.ts';
import { NGINX_CONF, NGINX_DEFAULT_CONF } from '../../../src/sim/images/layers/nginx-files.ts';
import { utf8Length } from '../../../src/os/fs/inode.ts';

describe('stress sizes', () => {
  it.each([['150M', 157286400], ['50m', 52428800], ['1G', 1073741824], ['4096', 4096], ['2k', 2048], ['x', undefined]])('reads %s as %s bytes', (s, n) => {
    expect(parseBytes(s)).toBe(n);
  });
});

describe('nginx configuration', () => {
  const files: Record<string, string> = {
    '/etc/nginx/nginx.conf': NGINX_CONF,
    '/etc/nginx/mime.types': 'types { text/html html; }\n',
    '/etc/nginx/conf.d/default.conf': NGINX_DEFAULT_CONF,
  };
  const src = (over: Record<string, string | undefined> = {}) => ({
    read: (p: string) => ({ ...files, ...over } as Record<string, string | undefined>)[p],
    glob: () => ['/etc/nginx/conf.d/default.conf'],
  });

  it('reads the packaged configuration: notice-level error log, one server on port 80', () => {
    const r = parseNginxConfig('/etc/nginx/nginx.conf', src());
    expect(r.ok && r.config).toMatchObject({
      user: 'nginx', errorLog: { path: '/var/log/nginx/error.log', level: 'notice' }, workerProcesses: 'auto',
      accessLog: '/var/log/nginx/access.log',
      servers: [{ listen: [{ address: '0.0.0.0', port: 80 }], root: '/usr/share/nginx/html', index: ['index.html', 'index.htm'], serverName: 'localhost' }],
    });
  });

  it('names a missing include as nginx does', () => {
    const r = parseNginxConfig('/etc/nginx/nginx.conf', src({ '/etc/nginx/mime.types': undefined }));
    expect(r).toEqual({ ok: false, message: 'open() "/etc/nginx/mime.types" failed (2: No such file or directory) in /etc/nginx/nginx.conf:15' });
  });

  it('reports an unclosed block', () => {
    const r = parseNginxConfig('/etc/nginx/nginx.conf', src({ '/etc/nginx/conf.d/default.conf': 'server {\n listen 80;\n' }));
    expect(r).toEqual({ ok: false, message: 'unexpected end of file, expecting "}" in /etc/nginx/conf.d/default.conf:3' });
  });

  it('serves a 404 page of 153 bytes, as nginx/1.27.3 does', () => {
    expect(utf8Length(errorPage(404, '1.27.3'))).toBe(153);
  });
});
