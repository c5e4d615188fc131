// Reads the course outline from content/lessons/*.mdx frontmatter: used by astro.config.mjs for
// the sidebar and by the content collection for page ids, so both agree on lesson URLs.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** `lessons/01-what-is-a-pod.mdx` → `lessons/what-is-a-pod`; `index.mdx` → `index`. */
export function lessonId(entry) {
  return entry.replace(/\.mdx?$/, '').replace(/(^|\/)\d+-/, '$1');
}

/** The lessons in course order: { id, title, order, file }. Throws with the file name on bad frontmatter. */
export function readLessons(root = '.') {
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
      return { id: lessonId(`lessons/${f}`), title: data.title, order: data.order, file: f };
    })
    .sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
}
