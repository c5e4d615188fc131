// Reads the course outline from content/lessons/*.mdx frontmatter: used by astro.config.mjs for
// the sidebar and by the content collection for page ids, so both agree on lesson URLs. The
// lessons shown, and their order, are podlab.config.ts's choice (all of them by default).

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadSiteConfig } from '../src/config/load-config.ts';

const site = await loadSiteConfig(process.cwd());

/** `lessons/01-what-is-a-pod.mdx` → `lessons/what-is-a-pod`; `index.mdx` → `index`. */
export function lessonId(entry) {
  return entry.replace(/\.mdx?$/, '').replace(/(^|\/)\d+-/, '$1');
}

/** The lessons the course shows, in its order: { id, title, order, file, labs }. Throws with the file name on bad frontmatter. */
export function readLessons(root = '.') {
  // podlab.config.ts speaks for this project; another root (a test's fixture course) shows all.
  const all = readAllLessons(root);
  if (resolve(root) !== process.cwd()) return all;
  return site.lessons.map((id) => all.find((l) => l.id === `lessons/${id}`)).filter((l) => l !== undefined);
}

/** Every lesson on disk in frontmatter order, whether the course shows it or not. */
export function readAllLessons(root = '.') {
  const dir = join(root, 'content', 'lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---/.exec(source);
      if (!match) throw new Error(`content/lessons/${f}: missing frontmatter (--- title: … order: … ---)`);
      const data = parse(match[1]) ?? {};
      if (typeof data.title !== 'string') throw new Error(`content/lessons/${f}: frontmatter needs a title`);
      if (!Number.isInteger(data.order)) throw new Error(`content/lessons/${f}: frontmatter needs an integer order`);
      for (const key of ['objectives', 'labs']) {
        const list = data[key];
        if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
          // An unquoted `- text with: a colon` is a YAML map, not text.
          throw new Error(`content/lessons/${f}: every item of ${key} must be text (put quotes around a line that contains ": ")`);
        }
      }
      return { id: lessonId(`lessons/${f}`), title: data.title, order: data.order, file: f, labs: data.labs ?? [] };
    })
    .sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
}
