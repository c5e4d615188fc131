// Loads a curriculum lab and grades one task (its needs taken as done) against a fake world.

import { readFileSync } from 'node:fs';
import { runTaskChecks } from '../../../src/labs/engine/lab-engine.ts';
import { loadLab } from '../../../src/labs/load/load-lab.ts';
import type { Lab } from '../../../src/labs/schema/lab-schema.ts';
import type { FakeWorld } from '../../support/labs/fake-world.ts';

export function curriculumLab(id: string): Lab {
  const r = loadLab({ file: `labs/${id}/lab.yaml`, text: readFileSync(`labs/${id}/lab.yaml`, 'utf8'), folder: id });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.lab;
}

/** The task's verdict: 'pass', or the first failing check's message. */
export async function grade(lab: Lab, taskId: string, world: FakeWorld): Promise<string> {
  const task = lab.tasks.find((t) => t.id === taskId)!;
  const results = await runTaskChecks(lab, task, world);
  return results.find((r) => !r.passed)?.message ?? 'pass';
}
