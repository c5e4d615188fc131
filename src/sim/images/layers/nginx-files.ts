// The files the official nginx images add: configuration, the default page, the entrypoint and
// its scripts, and the log files linked to the container's stdout and stderr.
// Models github.com/nginxinc/docker-nginx (mainline/debian, mainline/alpine).

import type { FileSpec } from '../image-spec.ts';
import { binaries, dirs, file } from './common.ts';

export const NGINX_INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_50X_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

export const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

/** default.conf as packaged; the entrypoint's IPv6 script adds `listen [::]:80;` at start. */
export const NGINX_DEFAULT_CONF = `server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}

`;

const MIME_TYPES = `
types {
    text/html                                        html htm shtml;
    text/css                                         css;
    text/xml                                         xml;
    image/gif                                        gif;
    image/jpeg                                       jpeg jpg;
    application/javascript                           js;
    text/plain                                       txt;
    image/png                                        png;
    image/svg+xml                                    svg svgz;
    image/x-icon                                     ico;
    application/json                                 json;
    application/pdf                                  pdf;
    application/octet-stream                         bin exe dll;
}
`;

const ENTRYPOINT_SCRIPTS: Record<string, string> = {
  '10-listen-on-ipv6-by-default.sh': '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n\nentrypoint_log() {\n    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then\n        echo "$@"\n    fi\n}\n\nME=$(basename "$0")\nDEFAULT_CONF_FILE="etc/nginx/conf.d/default.conf"\n',
  '15-local-resolvers.envsh': '#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nPATH="$PATH:/usr/sbin:/usr/bin:/sbin:/bin"\n\n[ "${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] || return 0\n',
  '20-envsubst-on-templates.sh': '#!/bin/sh\n\nset -e\n\nME=$(basename "$0")\n\nentrypoint_log() {\n    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then\n        echo "$@"\n    fi\n}\n',
  '30-tune-worker-processes.sh': '#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nME=$(basename "$0")\nPATH="$PATH:/usr/sbin:/usr/bin:/sbin:/bin"\n\n[ "${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0\n',
};

/** The nginx layer; images before 1.19 had no entrypoint script. */
export function nginxFiles(options: { entrypoint: boolean }): FileSpec[] {
  const files: FileSpec[] = [
    ...dirs(['/etc/nginx', '/etc/nginx/conf.d', '/usr/share/nginx', '/usr/share/nginx/html', '/var/log/nginx', '/var/cache/nginx', '/usr/lib/nginx', '/usr/lib/nginx/modules']),
    file('/etc/nginx/nginx.conf', NGINX_CONF),
    file('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF),
    file('/etc/nginx/mime.types', MIME_TYPES),
    file('/etc/nginx/fastcgi_params', 'fastcgi_param  QUERY_STRING       $query_string;\n'),
    file('/etc/nginx/scgi_params', 'scgi_param  REQUEST_METHOD     $request_method;\n'),
    file('/etc/nginx/uwsgi_params', 'uwsgi_param  QUERY_STRING       $query_string;\n'),
    { path: '/etc/nginx/modules', type: 'symlink', target: '/usr/lib/nginx/modules' },
    file('/usr/share/nginx/html/index.html', NGINX_INDEX_HTML),
    file('/usr/share/nginx/html/50x.html', NGINX_50X_HTML),
    { path: '/var/log/nginx/access.log', type: 'symlink', target: '/dev/stdout' },
    { path: '/var/log/nginx/error.log', type: 'symlink', target: '/dev/stderr' },
    { path: '/usr/sbin/nginx', type: 'binary', program: 'nginx', mode: 0o755 },
    { path: '/usr/sbin/nginx-debug', type: 'binary', program: 'nginx', mode: 0o755 },
    ...binaries('/usr/bin', ['curl', 'envsubst']),
  ];
  if (options.entrypoint) {
    files.push(
      { path: '/docker-entrypoint.sh', type: 'binary', program: 'nginx-entrypoint', mode: 0o775 },
      { path: '/docker-entrypoint.d', type: 'dir', mode: 0o755 },
      ...Object.entries(ENTRYPOINT_SCRIPTS).map(([name, content]) => file(`/docker-entrypoint.d/${name}`, content, 0o775)),
    );
  }
  return files;
}
