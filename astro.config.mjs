// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { readLessons } from './scripts/lessons.mjs';
import { loadSiteConfig } from './src/config/load-config.ts';
import { podlabVitePlugin } from './src/config/vite-plugin.ts';
import { cspHashes } from './scripts/csp-hashes.ts';

// podlab.config.ts (or $PODLAB_CONFIG); a wrong field stops the build here with the reason.
const podlab = await loadSiteConfig();
const lessons = readLessons();

export default defineConfig({
  site: podlab.site ?? 'https://podlab.example',
  base: podlab.base,
  // A second build (another config, under a base path) goes elsewhere so dist/ stays as it is.
  ...(process.env.PODLAB_OUT_DIR ? { outDir: process.env.PODLAB_OUT_DIR } : {}),
  integrations: [
    starlight({
      title: podlab.title,
      description: podlab.description,
      ...(podlab.logo ? { logo: { src: podlab.logo.src, alt: podlab.logo.alt, replacesTitle: podlab.logo.replacesTitle } } : {}),
      sidebar: [
        {
          label: 'Lessons',
          // data-podlab-lesson keeps room for the progress marker (src/components/Sidebar.astro).
          items: lessons.map((l) => ({ label: `${l.order}. ${l.title}`, slug: l.id, attrs: { 'data-podlab-lesson': '' } })),
        },
        {
          label: 'Reference',
          items: [{ label: 'Glossary', link: '/glossary/' }, { label: 'Cohort progress', link: '/cohort/' }],
        },
      ],
      // Previous/next links follow the sidebar: lessons in `order` (Pagination.astro keeps them to lessons).
      pagination: true,
      components: {
        Sidebar: './src/components/Sidebar.astro',
        Pagination: './src/components/Pagination.astro',
      },
      customCss: ['./src/styles/podlab.css', 'virtual:podlab/theme.css'],
    }),
    // Hashes the built pages' inline scripts for the Content-Security-Policy (deploy/nginx).
    cspHashes(),
  ],
  vite: {
    plugins: [podlabVitePlugin(podlab)],
    worker: { format: 'es', plugins: () => [podlabVitePlugin(podlab)] },
    optimizeDeps: { include: ['comlink', '@xterm/xterm', '@xterm/addon-fit'] },
  },
});
