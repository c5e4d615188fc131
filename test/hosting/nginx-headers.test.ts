import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudFrontPolicy, netlifyHeaders, nginxHeaderRules } from '../../src/hosting/nginx-headers.ts';

const conf = readFileSync(join(import.meta.dirname, '../fixtures/config/nginx-sample.conf'), 'utf8');

describe('the nginx config\'s headers for other hosts', () => {
  it('reads the server\'s headers and each prefix location\'s, unquoted, and names what it skips', () => {
    const { rules, skipped } = nginxHeaderRules(conf);
    expect(rules).toEqual([
      { path: '/', headers: [
        ['Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-abc='; worker-src 'self'"],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'no-referrer'],
      ] },
      { path: '/_astro/', headers: [['Cache-Control', 'public, max-age=31536000, immutable'], ['X-Content-Type-Options', 'nosniff']] },
    ]);
    expect(skipped).toEqual(['location ~* \\.html$']);
  });

  it('writes Netlify\'s _headers under the base path', () => {
    const text = netlifyHeaders(nginxHeaderRules(conf).rules, '/onboarding/k8s/');
    expect(text.split('\n').slice(0, 2)).toEqual(['/onboarding/k8s/*', "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; worker-src 'self'"]);
    expect(text).toContain('/onboarding/k8s/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('gives CloudFront the server-wide headers, security ones where CloudFront wants them', () => {
    const rules = nginxHeaderRules(`${conf.replace('location /_astro/', 'add_header Permissions-Policy "camera=()" always;\n  location /_astro/')}`).rules;
    expect(cloudFrontPolicy(rules)).toEqual({
      Name: 'podlab', Comment: 'PodLab: the headers of deploy/nginx/podlab.conf',
      SecurityHeadersConfig: {
        ContentSecurityPolicy: { ContentSecurityPolicy: "default-src 'self'; script-src 'self' 'sha256-abc='; worker-src 'self'", Override: true },
        ContentTypeOptions: { Override: true },
        ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
      },
      CustomHeadersConfig: { Quantity: 1, Items: [{ Header: 'Permissions-Policy', Value: 'camera=()', Override: true }] },
    });
  });
});
