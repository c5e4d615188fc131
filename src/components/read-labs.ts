// Build-time access to labs/<id>/lab.yaml for the site's components (the lab panel, the course
// overview). A broken lab file fails the build with the loader's file:line messages.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadLab } from '../labs/load/load-lab.ts';
import type { Lab } from '../labs/schema/lab-schema.ts';

const LABS = join(process.cwd(), 'labs');

export function readLab(id: string): Lab {
  const dir = join(LABS, id);
  const file = join(dir, 'lab.yaml');
  if (!existsSync(file)) throw new Error(`<Lab id="${id}">: there is no labs/${id}/lab.yaml`);
  const loaded = loadLab({
    file: `labs/${id}/lab.yaml`, text: readFileSync(file, 'utf8'), folder: id,
    readSibling: (p) => (existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : undefined),
  });
  if (!loaded.ok) throw new Error(`lab ${id} is broken:\n${loaded.problems.map(formatProblem).join('\n')}`);
  return loaded.lab;
}

export function readAllLabs(): Lab[] {
  return readdirSync(LABS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(LABS, d.name, 'lab.yaml')))
    .map((d) => readLab(d.name));
}
