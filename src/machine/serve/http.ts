// The HTTP exchange `podlab serve` speaks, without a socket: a request record in, a response
// record out. Long-lived answers (watch, logs -f) are streams the host pumps until either side
// stops. The Node host (bin/serve.ts) adapts these to node:http; tests call the router directly.

export interface HttpRequest {
  method: string;
  /** The path without the query, e.g. `/api/v1/namespaces/default/pods`. */
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface HttpStream {
  /** Starts the stream; returns a function that stops it when the client goes away. */
  start(write: (chunk: string) => void, end: () => void): () => void;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
  stream?: HttpStream;
}

/** Splits `a=1&b=x%20y` as Go's url.ParseQuery does (the last value of a repeated key wins here). */
export function parseQuery(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    out[decode(key)] = decode(value);
  }
  return out;
}

export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): HttpResponse {
  return { status, headers: { 'content-type': contentType }, body: `${JSON.stringify(body)}\n` };
}
