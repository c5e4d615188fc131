// After `astro build`: hashes every inline <script> the built pages carry (Starlight's theme and
// sidebar scripts, Astro's small hoisted modules) so a Content-Security-Policy can allow exactly
// those and no other inline script. Writes, into the build:
//   _podlab/csp-hashes.conf   an nginx include: `set $podlab_script_hashes "'sha256-…' …";`
//   _podlab/csp.txt           the whole policy, one line, for any other host
//   _headers                  Netlify / Cloudflare Pages headers with the same policy

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** `'sha256-…'` for every distinct inline script in the built pages, sorted. */
export function inlineScriptHashes(dist: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(dist)) {
    for (const m of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)) {
      if (m[1]!.trim() === '') continue;
      hashes.add(`'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/**
 * The policy: everything from the site itself; inline scripts only by hash; no eval (Pagefind's
 * search compiles WebAssembly, which 'wasm-unsafe-eval' allows without allowing eval); inline
 * styles stay allowed, as Starlight's and xterm.js's style attributes need them.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function writeCspFiles(dist: string): string[] {
  const hashes = inlineScriptHashes(dist);
  const policy = contentSecurityPolicy(hashes);
  mkdirSync(join(dist, '_podlab'), { recursive: true });
  writeFileSync(join(dist, '_podlab/csp-hashes.conf'),
    `# Written by the build (scripts/csp-hashes.ts): the inline scripts of this build, by hash.\nset $podlab_script_hashes "${hashes.join(' ')}";\n`);
  writeFileSync(join(dist, '_podlab/csp.txt'), `${policy}\n`);
  const headers = Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS }).map(([k, v]) => `  ${k}: ${v}`).join('\n');
  writeFileSync(join(dist, '_headers'), `/*\n${headers}\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`);
  return hashes;
}

/** The Astro integration: runs once the pages are written. */
export function cspHashes(): AstroIntegration {
  return {
    name: 'podlab-csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const hashes = writeCspFiles(fileURLToPath(dir));
        logger.info(`${hashes.length} inline script hashes for the Content-Security-Policy (_podlab/csp-hashes.conf, _headers)`);
      },
    },
  };
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  console.log(`${writeCspFiles(dist).length} inline script hashes written to ${dist}/_podlab/ and ${dist}/_headers`);
}
