// The built site's response headers (dist/_headers, written by the build from the same policy as
// deploy/nginx/podlab.conf) as a CloudFront response headers policy, so S3 + CloudFront sends what
// nginx and Netlify send. CloudFront refuses its security headers as custom ones: those go in
// SecurityHeadersConfig, the rest in CustomHeadersConfig.

export interface HeaderRule {
  /** Netlify's path pattern: `/*`, `/_astro/*`. */
  path: string;
  headers: [name: string, value: string][];
}

/** Reads Netlify's `_headers` format: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
      if (m && rules.length) rules.at(-1)!.headers.push([m[1], m[2].trim()]);
    }
  }
  return rules;
}

/** The policy for the headers every path gets (`/*`); cache rules go on the uploaded objects. */
export function cloudFrontPolicy(rules: HeaderRule[], name = 'podlab'): Record<string, unknown> {
  const security: Record<string, unknown> = {};
  const custom: { Header: string; Value: string; Override: true }[] = [];
  for (const [header, value] of rules.find((r) => r.path === '/*')?.headers ?? []) {
    switch (header.toLowerCase()) {
      case 'content-security-policy': security.ContentSecurityPolicy = { ContentSecurityPolicy: value, Override: true }; break;
      case 'x-content-type-options': security.ContentTypeOptions = { Override: true }; break;
      case 'referrer-policy': security.ReferrerPolicy = { ReferrerPolicy: value, Override: true }; break;
      case 'x-frame-options': security.FrameOptions = { FrameOption: value.toUpperCase(), Override: true }; break;
      case 'strict-transport-security':
        security.StrictTransportSecurity = {
          AccessControlMaxAgeSec: Number(/max-age=(\d+)/.exec(value)?.[1] ?? 0), IncludeSubdomains: /includeSubDomains/i.test(value), Preload: /preload/i.test(value), Override: true,
        };
        break;
      case 'x-xss-protection': security.XSSProtection = { Protection: !value.startsWith('0'), ...(value.includes('block') ? { ModeBlock: true } : {}), Override: true }; break;
      default: custom.push({ Header: header, Value: value, Override: true });
    }
  }
  return {
    Name: name, Comment: 'PodLab: the headers of dist/_headers (deploy/nginx/podlab.conf\'s policy)',
    SecurityHeadersConfig: security,
    ...(custom.length ? { CustomHeadersConfig: { Quantity: custom.length, Items: custom } } : {}),
  };
}
