// `npm run hosting:headers [-- netlify|cloudfront]`: the headers of deploy/nginx/podlab.conf for
// other static hosts. netlify (default) writes dist/_headers; cloudfront prints a response headers
// policy as JSON. Uses podlab.config.ts's base path.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteConfig } from '../src/config/load-config.ts';
import { cloudFrontPolicy, netlifyHeaders, nginxHeaderRules } from '../src/hosting/nginx-headers.ts';

const format = process.argv[2] ?? 'netlify';
const conf = process.env.PODLAB_NGINX_CONF ?? 'deploy/nginx/podlab.conf';
if (!existsSync(conf)) {
  console.error(`hosting:headers: ${conf} is missing`);
  process.exit(1);
}
const { rules, skipped } = nginxHeaderRules(readFileSync(conf, 'utf8'));
for (const s of skipped) console.error(`hosting:headers: skipped ${s} (only prefix locations translate)`);
const { base } = await loadSiteConfig();
if (format === 'cloudfront') {
  console.log(JSON.stringify(cloudFrontPolicy(rules), null, 2));
} else if (format === 'netlify') {
  const out = join(process.env.PODLAB_OUT_DIR ?? 'dist', '_headers');
  writeFileSync(out, netlifyHeaders(rules, base));
  console.log(`hosting:headers: wrote ${out} (${rules.reduce((n, r) => n + r.headers.length, 0)} headers from ${conf})`);
} else {
  console.error(`hosting:headers: unknown format ${format} (netlify or cloudfront)`);
  process.exit(1);
}
