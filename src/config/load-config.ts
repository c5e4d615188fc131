// Build-time: reads podlab.config.ts (or the file PODLAB_CONFIG names), checks it against the
// lessons and labs on disk, and throws the build's error message when it is wrong.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { configError, resolveConfig, type CourseInventory, type SiteConfig } from './resolve-config.ts';

const stem = (file: string) => file.replace(/\.mdx?$/, '').replace(/^\d+-/, '');

/** Every lesson file and lab on disk, before the config picks. */
export function courseInventory(root: string): CourseInventory {
  const dir = join(root, 'content', 'lessons');
  const lessons = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
    const order = /^---\n[\s\S]*?^order:\s*(\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1];
    return { id: stem(f), order: Number(order ?? 0), file: f };
  }).sort((a, b) => a.order - b.order || a.file.localeCompare(b.file)).map((l) => l.id);
  const labsDir = join(root, 'labs');
  const labs = readdirSync(labsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(labsDir, d.name, 'lab.yaml')))
    .map((d) => {
      const data = parse(readFileSync(join(labsDir, d.name, 'lab.yaml'), 'utf8')) as { id?: string; lesson?: string } | null;
      return { id: data?.id ?? d.name, lesson: stem(String(data?.lesson ?? '')) };
    });
  return { lessons, labs };
}

/** The config file in use: $PODLAB_CONFIG (relative to the root) or podlab.config.ts. */
export function configFile(root: string): string {
  const named = process.env.PODLAB_CONFIG;
  if (!named) return join(root, 'podlab.config.ts');
  return isAbsolute(named) ? named : resolve(root, named);
}

const cache = new Map<string, Promise<SiteConfig>>();

export function loadSiteConfig(root: string = process.cwd()): Promise<SiteConfig> {
  const file = configFile(root);
  let loading = cache.get(file);
  if (!loading) {
    loading = (async () => {
      const raw = existsSync(file) ? ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default?: unknown }).default : {};
      const r = resolveConfig(raw, courseInventory(root));
      if (!r.ok) throw configError(file.startsWith(root) ? file.slice(root.length + 1) : file, r.problems);
      return r.config;
    })();
    cache.set(file, loading);
  }
  return loading;
}
