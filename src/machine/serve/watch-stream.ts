// A watch as kube-apiserver streams it: one JSON WatchEvent per line, each object a Table when
// the client asked for one (kubectl get -w), column definitions only in the first.
// Models staging/src/k8s.io/apiserver/pkg/endpoints/handlers/watch.go (ServeHTTP)

import type { ListRequest } from '../../sim/apiserver/api-client.ts';
import { isStatus } from '../../sim/api/errors.ts';
import { jsonResponse, type HttpResponse } from './http.ts';
import type { ServeBackend } from './router.ts';
import { tableResponse, type IncludeObject } from './table-response.ts';

export function watchStream(b: ServeBackend, req: ListRequest, kind: string, table: IncludeObject | undefined): HttpResponse {
  // Checked before answering 200, so a bad selector is an error response, not a broken stream.
  const probe = b.api.watch(req, () => {});
  if (isStatus(probe)) return jsonResponse(probe.code ?? 500, probe);
  probe.stop();
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    stream: {
      start(write) {
        let first = true;
        const w = b.api.watch(req, (event) => {
          const object = table
            ? tableResponse(kind, [event.object], b.now(), table, event.object.metadata.resourceVersion, first)
            : event.object;
          first = false;
          write(`${JSON.stringify({ type: event.type, object })}\n`);
        });
        return () => {
          if (!isStatus(w)) w.stop();
        };
      },
    },
  };
}
