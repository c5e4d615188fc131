// Lessons live in the top-level content/ folder (authors never need to open src/). Starlight's
// docs collection reads them through a glob loader; `order` sorts the course.

import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonId, readLessons } from '../scripts/lessons.mjs';

export const collections = {
  docs: defineCollection({
    // Only the lessons podlab.config.ts shows become pages.
    loader: glob({ pattern: ['index.mdx', ...readLessons().map((l: { file: string }) => `lessons/${l.file}`)], base: './content', generateId: ({ entry }) => lessonId(entry) }),
    schema: docsSchema({
      extend: z.object({
        order: z.number().int().describe('Position of the lesson in the course, 1 first.').optional(),
        objectives: z.array(z.string()).describe('What the learner can do after the lesson.').optional(),
        labs: z.array(z.string()).describe('Ids of the labs (labs/<id>/lab.yaml) the lesson grades.').optional(),
      }),
    }),
  }),
};
