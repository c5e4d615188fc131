import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudFrontPolicy, parseHeadersFile } from '../../src/hosting/cloudfront-policy.ts';

const text = readFileSync(join(import.meta.dirname, '../fixtures/config/headers-sample.txt'), 'utf8');

describe('the built site\'s headers for CloudFront', () => {
  it('reads each path of a _headers file with its headers', () => {
    expect(parseHeadersFile(text).map((r) => [r.path, r.headers.map(([n]) => n)])).toEqual([
      ['/*', ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']],
      ['/_astro/*', ['Cache-Control']],
    ]);
  });

  it('puts the security headers where CloudFront wants them and the rest as custom headers', () => {
    expect(cloudFrontPolicy(parseHeadersFile(text))).toEqual({
      Name: 'podlab', Comment: 'PodLab: the headers of dist/_headers (deploy/nginx/podlab.conf\'s policy)',
      SecurityHeadersConfig: {
        ContentSecurityPolicy: { ContentSecurityPolicy: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; worker-src 'self'", Override: true },
        ContentTypeOptions: { Override: true },
        ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
      },
      CustomHeadersConfig: { Quantity: 1, Items: [{ Header: 'Permissions-Policy', Value: 'camera=(), microphone=()', Override: true }] },
    });
  });

  it.each([
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload', { StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Preload: true, Override: true } }],
    ['X-Frame-Options', 'deny', { FrameOptions: { FrameOption: 'DENY', Override: true } }],
  ])('maps %s', (name, value, security) => {
    expect(cloudFrontPolicy([{ path: '/*', headers: [[name, value as string]] }]).SecurityHeadersConfig).toEqual(security);
  });
});
