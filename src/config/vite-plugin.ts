// Hands podlab.config.ts to the site's bundles at build time as virtual modules: the worker's
// machine settings (virtual:podlab/machine-site) and the accent colours (virtual:podlab/theme.css).

import type { SiteConfig } from './resolve-config.ts';

const MODULES = ['virtual:podlab/machine-site', 'virtual:podlab/theme.css'];

/** Starlight's accent variables for both themes, from one or two colours. */
export function themeCss(colors: SiteConfig['colors']): string {
  if (!colors) return '';
  const light = colors.accentLight ?? colors.accent;
  return [
    `:root { --sl-color-accent-low: color-mix(in srgb, ${colors.accent} 25%, #000); --sl-color-accent: ${colors.accent}; --sl-color-accent-high: color-mix(in srgb, ${colors.accent} 35%, #fff); }`,
    `:root[data-theme='light'] { --sl-color-accent-low: color-mix(in srgb, ${light} 18%, #fff); --sl-color-accent: ${light}; --sl-color-accent-high: color-mix(in srgb, ${light} 65%, #000); }`,
  ].join('\n');
}

export function podlabVitePlugin(config: SiteConfig) {
  return {
    name: 'podlab-config',
    resolveId(id: string) {
      return MODULES.includes(id) ? `\0${id}` : undefined;
    },
    load(id: string) {
      if (id === '\0virtual:podlab/machine-site') return `export default ${JSON.stringify(config.machine)};`;
      if (id === '\0virtual:podlab/theme.css') return themeCss(config.colors);
      return undefined;
    },
  };
}
