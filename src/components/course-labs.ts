// Build-time: the labs the course shows, in course order (by their lesson's order, then id), for
// pages that list every lab (the cohort table).

import { lessonId, readLessons } from '../../scripts/lessons.mjs';
import type { LabOutline } from '../client/progress-file.ts';
import type { Lab } from '../labs/schema/lab-schema.ts';
import { readAllLabs } from './read-labs.ts';

export function courseLabs(): Lab[] {
  const order = new Map(readLessons().map((l: { id: string }, i: number) => [l.id, i]));
  const rank = (lab: Lab) => order.get(lessonId(`lessons/${lab.lesson}`)) ?? Number.MAX_SAFE_INTEGER;
  return readAllLabs().sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

export function labOutline(lab: Lab): LabOutline {
  return { id: lab.id, title: lab.title, tasks: lab.tasks.map((t) => ({ id: t.id, needs: t.needs, checks: t.checks.length })) };
}
