// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { readLessons } from './scripts/lessons.mjs';

const lessons = readLessons();

export default defineConfig({
  site: 'https://podlab.example',
  integrations: [
    starlight({
      title: 'PodLab',
      description: 'Learn Kubernetes Pods with hands-on labs that run in your browser.',
      sidebar: [
        {
          label: 'Lessons',
          items: lessons.map((l) => ({ label: `${l.order}. ${l.title}`, slug: l.id })),
        },
      ],
      customCss: ['./src/styles/podlab.css'],
    }),
  ],
  vite: {
    worker: { format: 'es' },
    optimizeDeps: { include: ['comlink', '@xterm/xterm', '@xterm/addon-fit'] },
  },
});
