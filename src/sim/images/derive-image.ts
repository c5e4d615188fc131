// An image a team adds by configuration: built on one the catalog has (its layers, files, user
// and programs), with its own name, command, environment and files. Digests are derived from the
// definition, so the same definition always gives the same image id.

import type { ImageCatalog } from './catalog.ts';
import type { FileSpec, ImageSpec } from './image-spec.ts';
import { normalizeImageRef } from './reference.ts';

export interface DerivedImage {
  image: string;
  from: string;
  entrypoint?: string[];
  cmd?: string[];
  env?: string[];
  user?: string;
  workingDir?: string;
  exposedPorts?: string[];
  files?: { path: string; content: string; mode?: number }[];
  sizeBytes?: number;
}

/** 64 hex digits from a string: eight FNV-1a passes with different offsets. Not a real sha256. */
export function pseudoDigest(text: string): string {
  let out = '';
  for (let round = 0; round < 8; round++) {
    let h = (0x811c9dc5 ^ Math.imul(round + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

export type DeriveResult = { ok: true; spec: ImageSpec } | { ok: false; error: string };

export function deriveImage(catalog: ImageCatalog, def: DerivedImage): DeriveResult {
  const name = normalizeImageRef(def.image);
  if (!name.ok) return { ok: false, error: `image ${JSON.stringify(def.image)}: ${name.message}` };
  if (name.ref.digest || !name.ref.tag) return { ok: false, error: `image ${JSON.stringify(def.image)}: give a tag, not a digest` };
  const base = catalog.resolve(def.from);
  if (!base.ok) return { ok: false, error: `from ${JSON.stringify(def.from)}: the catalog has no such image` };
  const b = base.spec;
  const files: FileSpec[] = (def.files ?? []).map((f) => ({ path: f.path, type: 'file', content: f.content, ...(f.mode !== undefined ? { mode: f.mode } : {}) }));
  const config = {
    ...b.config,
    ...(def.entrypoint ? { entrypoint: def.entrypoint } : {}),
    // A new entrypoint drops the base image's cmd, as Docker does.
    ...(def.cmd ? { cmd: def.cmd } : def.entrypoint ? { cmd: undefined } : {}),
    env: [...b.config.env, ...(def.env ?? [])],
    ...(def.user !== undefined ? { user: def.user } : {}),
    ...(def.workingDir !== undefined ? { workingDir: def.workingDir } : {}),
    ...(def.exposedPorts ? { exposedPorts: def.exposedPorts } : {}),
  };
  if (config.cmd === undefined) delete config.cmd;
  const key = JSON.stringify(def);
  const added = files.reduce((n, f) => n + (f.type === 'file' ? f.content.length : 0), 0);
  return {
    ok: true,
    spec: {
      repository: name.ref.repository,
      tags: [name.ref.tag],
      repoDigest: `sha256:${pseudoDigest(`manifest ${key}`)}`,
      configDigest: `sha256:${pseudoDigest(`config ${key}`)}`,
      sizeBytes: def.sizeBytes ?? b.sizeBytes + added,
      config,
      layers: [...b.layers],
      files: [...b.files, ...files],
      ...(b.about ? { about: { ...b.about } } : {}),
    },
  };
}
