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
          // data-podlab-lesson keeps room for the progress marker (src/components/Sidebar.astro).
          items: lessons.map((l) => ({ label: `${l.order}. ${l.title}`, slug: l.id, attrs: { 'data-podlab-lesson': '' } })),
        },
        {
          label: 'Reference',
          items: [{ label: 'Glossary', link: '/glossary/' }],
        },
      ],
      // Previous/next links follow the sidebar: lessons in `order` (Pagination.astro keeps them to lessons).
      pagination: true,
      components: {
        Sidebar: './src/components/Sidebar.astro',
        Pagination: './src/components/Pagination.astro',
      },
      customCss: ['./src/styles/podlab.css'],
    }),
  ],
  vite: {
    worker: { format: 'es' },
    optimizeDeps: { include: ['comlink', '@xterm/xterm', '@xterm/addon-fit'] },
  },
});
