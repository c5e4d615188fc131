// The modules src/config/vite-plugin.ts provides at build time.
declare module 'virtual:podlab/machine-site' {
  const site: import('./resolve-config.ts').MachineSite;
  export default site;
}
