// Build-time: the labs the course shows, in podlab.config.ts's order (by default the labs of the
// lessons shown, in course order), for pages that list every lab (the cohort table).

import type { LabOutline } from '../client/progress-file.ts';
import { loadSiteConfig } from '../config/load-config.ts';
import type { Lab } from '../labs/schema/lab-schema.ts';
import { readLab } from './read-labs.ts';

export async function courseLabs(): Promise<Lab[]> {
  return (await loadSiteConfig()).labs.map(readLab);
}

export function labOutline(lab: Lab): LabOutline {
  return { id: lab.id, title: lab.title, tasks: lab.tasks.map((t) => ({ id: t.id, needs: t.needs, checks: t.checks.length })) };
}
