// `npm run hosting:headers > policy.json`: the built site's headers (dist/_headers, which the
// build writes with this build's script hashes) as a CloudFront response headers policy, for
// `aws cloudfront create-response-headers-policy --response-headers-policy-config file://policy.json`.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloudFrontPolicy, parseHeadersFile } from '../src/hosting/cloudfront-policy.ts';

const file = join(process.env.PODLAB_OUT_DIR ?? 'dist', '_headers');
if (!existsSync(file)) {
  console.error(`hosting:headers: ${file} is missing: run npm run build first`);
  process.exit(1);
}
console.log(JSON.stringify(cloudFrontPolicy(parseHeadersFile(readFileSync(file, 'utf8')), process.argv[2] ?? 'podlab'), null, 2));
