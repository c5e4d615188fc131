// Serves a PodLab Router over node:http on 127.0.0.1: reads each request whole, answers records,
// pumps streams (watch, logs -f) as chunked bodies until either side stops.

import { createServer, type Server } from 'node:http';
import { parseQuery, type HttpRequest } from '../src/machine/serve/http.ts';
import type { Router } from '../src/machine/serve/router.ts';

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

export function listen(router: Router, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const request: HttpRequest = {
        method: req.method ?? 'GET',
        path: q < 0 ? url : url.slice(0, q),
        query: q < 0 ? {} : parseQuery(url.slice(q + 1)),
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      router(request).then((response) => {
        res.writeHead(response.status, response.headers);
        if (!response.stream) {
          res.end(response.body ?? '');
          return;
        }
        res.flushHeaders();
        const stop = response.stream.start((chunk) => res.write(chunk), () => res.end());
        res.on('close', stop);
      }, (error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'InternalError', code: 500, message: `Internal error occurred: ${(error as Error).message}` }));
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({
        port: bound,
        url: `http://${host}:${bound}`,
        close: () => new Promise((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
      });
    });
  });
}
