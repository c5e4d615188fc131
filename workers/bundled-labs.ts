// The labs shipped with the site: every labs/<id>/lab.yaml (and the files beside it that `from:`
// names) is bundled at build time, each lab in its own chunk loaded when a page asks for it.

import type { Lab } from '../src/labs/schema/lab-schema.ts';

const labFiles = import.meta.glob<string>('../labs/*/lab.yaml', { query: '?raw', import: 'default' });
const siblingFiles = import.meta.glob<string>(['../labs/*/**', '!../labs/*/lab.yaml'], { query: '?raw', import: 'default' });

export async function loadBundledLab(id: string): Promise<Lab> {
  const key = `../labs/${id}/lab.yaml`;
  const read = labFiles[key];
  if (!read) throw new Error(`there is no lab "${id}" (labs/${id}/lab.yaml is not part of this site)`);
  const prefix = `../labs/${id}/`;
  const siblings = new Map<string, string>();
  await Promise.all(Object.entries(siblingFiles).filter(([k]) => k.startsWith(prefix)).map(async ([k, load]) => {
    siblings.set(k.slice(prefix.length), await load());
  }));
  // The lab loader and its zod schemas are a chunk of their own, fetched with the first lab.
  const { formatProblem, loadLab } = await import('../src/labs/load/load-lab.ts');
  const loaded = loadLab({ file: `labs/${id}/lab.yaml`, text: await read(), folder: id, readSibling: (p) => siblings.get(p.replace(/^\.\//, '')) });
  if (!loaded.ok) throw new Error(`lab ${id} is broken:\n${loaded.problems.map(formatProblem).join('\n')}`);
  return loaded.lab;
}
