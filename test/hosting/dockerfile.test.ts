// The Dockerfile and the shipped nginx server block must agree: where the site and the script
// hashes go, the port, and the official base image. (Building the image needs a Docker daemon;
// this checks what can be checked without one.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const conf = readFileSync(join(root, 'deploy/nginx/podlab.conf'), 'utf8');
const copies = [...dockerfile.matchAll(/^COPY (\S+) (\S+)$/gm)].map((m) => [m[1], m[2]]);

describe('the Dockerfile', () => {
  it('builds on the official nginx image', () => {
    expect(dockerfile).toMatch(/^FROM nginx:\d+\.\d+(-alpine)?$/m);
  });

  it('puts the site where the server block\'s root is, and the hashes where it includes them', () => {
    const docRoot = /^\s*root (\S+);/m.exec(conf)![1];
    const include = /^\s*include (\S+\/_podlab\/csp-hashes\.conf);/m.exec(conf)![1];
    expect(copies).toContainEqual(['dist/', `${docRoot}\${BASE_PATH}`]);
    expect(copies).toContainEqual(['dist/_podlab/', include.replace(/csp-hashes\.conf$/, '')]);
    expect(copies).toContainEqual(['deploy/nginx/podlab.conf', '/etc/nginx/conf.d/podlab.conf']);
  });

  it('exposes the port the server block listens on', () => {
    const port = /^\s*listen (\d+);/m.exec(conf)![1];
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
  });
});
