// The response headers of deploy/nginx/podlab.conf, read back out of the nginx config so other
// static hosts (Netlify's _headers, CloudFront's response headers policy) send the same ones and
// there is one place to change them. Reads the plain subset the config uses: `add_header` at
// server level and in prefix `location` blocks, where (as in nginx) a block's own add_header
// lines replace the server's.

export interface HeaderRule {
  /** A URL path prefix (`/` for everything, `/_astro/` for a folder). */
  path: string;
  headers: [name: string, value: string][];
}

const unquote = (v: string) => (/^(["']).*\1$/.test(v) ? v.slice(1, -1).replace(/\\(["'\\])/g, '$1') : v);

/** Splits the config into statements and blocks, dropping comments; enough for add_header. */
function tokens(conf: string): string[] {
  const out: string[] = [];
  const re = /#[^\n]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[{};]|[^\s{};"'#]+/g;
  for (const m of conf.matchAll(re)) if (!m[0].startsWith('#')) out.push(m[0]);
  return out;
}

export function nginxHeaderRules(conf: string): { rules: HeaderRule[]; skipped: string[] } {
  const t = tokens(conf);
  const server: [string, string][] = [];
  const locations: HeaderRule[] = [];
  const skipped: string[] = [];
  const stack: { kind: string; path?: string; headers: [string, string][] }[] = [];
  let words: string[] = [];
  for (const tok of t) {
    if (tok === '{') {
      const [kind, ...args] = words;
      const modifier = args.length > 1 ? args[0] : '';
      const path = args.at(-1);
      const frame = { kind: kind ?? '', headers: [] as [string, string][], ...(kind === 'location' && (modifier === '' || modifier === '^~' || modifier === '=') ? { path } : {}) };
      if (kind === 'location' && frame.path === undefined) skipped.push(`location ${args.join(' ')}`);
      stack.push(frame);
      words = [];
    } else if (tok === '}') {
      const frame = stack.pop();
      if (frame?.kind === 'location' && frame.path !== undefined && frame.headers.length) locations.push({ path: frame.path, headers: frame.headers });
      words = [];
    } else if (tok === ';') {
      if (words[0] === 'add_header' && words.length >= 3) {
        const header: [string, string] = [words[1], unquote(words[2])];
        const frame = stack.at(-1);
        if (frame?.kind === 'server' || frame?.kind === 'http') server.push(header);
        else if (frame) frame.headers.push(header);
      }
      words = [];
    } else {
      words.push(tok);
    }
  }
  return { rules: [{ path: '/', headers: server }, ...locations], skipped };
}

const join = (base: string, path: string) => `${base.replace(/\/$/, '')}${path}`;

/**
 * Netlify's `_headers`. Netlify adds every matching rule's headers (nginx replaces them), so a
 * location repeats the server's headers it keeps only when nginx would have dropped them.
 */
export function netlifyHeaders(rules: HeaderRule[], base = '/'): string {
  return rules.map((r) => {
    const pattern = r.path.endsWith('/') ? `${join(base, r.path)}*` : join(base, r.path);
    return [pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n');
  }).join('\n\n') + '\n';
}

/**
 * CloudFront's response headers policy (`aws cloudfront create-response-headers-policy`) for the
 * server-wide headers. CloudFront refuses its security headers as custom ones: those go in
 * SecurityHeadersConfig, the rest in CustomHeadersConfig.
 */
export function cloudFrontPolicy(rules: HeaderRule[], name = 'podlab'): Record<string, unknown> {
  const security: Record<string, unknown> = {};
  const custom: { Header: string; Value: string; Override: true }[] = [];
  for (const [header, value] of rules.find((r) => r.path === '/')?.headers ?? []) {
    switch (header.toLowerCase()) {
      case 'content-security-policy': security.ContentSecurityPolicy = { ContentSecurityPolicy: value, Override: true }; break;
      case 'x-content-type-options': security.ContentTypeOptions = { Override: true }; break;
      case 'referrer-policy': security.ReferrerPolicy = { ReferrerPolicy: value, Override: true }; break;
      case 'x-frame-options': security.FrameOptions = { FrameOption: value.toUpperCase(), Override: true }; break;
      case 'strict-transport-security': {
        security.StrictTransportSecurity = {
          AccessControlMaxAgeSec: Number(/max-age=(\d+)/.exec(value)?.[1] ?? 0), IncludeSubdomains: /includeSubDomains/i.test(value), Preload: /preload/i.test(value), Override: true,
        };
        break;
      }
      case 'x-xss-protection': security.XSSProtection = { Protection: !value.startsWith('0'), ...(value.includes('block') ? { ModeBlock: true } : {}), Override: true }; break;
      default: custom.push({ Header: header, Value: value, Override: true });
    }
  }
  return {
    Name: name, Comment: 'PodLab: the headers of deploy/nginx/podlab.conf',
    SecurityHeadersConfig: security,
    ...(custom.length ? { CustomHeadersConfig: { Quantity: custom.length, Items: custom } } : {}),
  };
}
