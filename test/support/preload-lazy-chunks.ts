// The worker fetches some programs and texts on first use (src/shell/programs/lib/lazy.ts). In
// tests virtual time runs between settles, not on real time, so a first fetch of a module from
// disk could let the clock move on before the program starts; loading those modules up front
// makes their dynamic imports resolve within the same turn, as a second run does in the browser.

await Promise.all([
  import('../../src/shell/programs/awk.ts'),
  import('../../src/shell/programs/jq.ts'),
  import('../../src/shell/programs/yq.ts'),
  import('../../src/shell/programs/gnu-help.ts'),
  import('../../src/shell/editors/vi.ts'),
  import('../../src/shell/editors/nano.ts'),
]);

// kubectl's commands (src/kubectl/lazy-commands.ts): every command module and what it imports.
await Promise.all([
  import('../../src/kubectl/commands/index.ts'),
]);

// The YAML library (src/sim/yaml/yaml-library.ts): a cluster built directly, without a Machine
// awaiting it, has its kubelets parse YAML as they start.
await (await import('../../src/sim/yaml/yaml-library.ts')).loadYaml();
