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
  // busybox's usage texts and the tools containers may run, as a machine's first pull loads them.
  import('../../src/shell/programs/index.ts').then((m) => m.containerTools.load()),
  import('../../src/shell/programs/apk.ts'),
  import('../../src/shell/programs/curl.ts'),
  import('../../src/shell/programs/cut.ts'),
  import('../../src/shell/programs/dd.ts'),
  import('../../src/shell/programs/df.ts'),
  import('../../src/shell/programs/du.ts'),
  import('../../src/shell/programs/fallocate.ts'),
  import('../../src/shell/programs/find.ts'),
  import('../../src/shell/programs/nslookup.ts'),
  import('../../src/shell/programs/pgrep.ts'),
  import('../../src/shell/programs/ps.ts'),
  import('../../src/shell/programs/sed.ts'),
  import('../../src/shell/programs/sort.ts'),
  import('../../src/shell/programs/stat.ts'),
  import('../../src/shell/programs/truncate.ts'),
  import('../../src/shell/programs/watch.ts'),
  import('../../src/shell/programs/wget.ts'),
]);

// kubectl's commands (src/kubectl/lazy-commands.ts): every command module and what it imports.
await Promise.all([
  import('../../src/kubectl/commands/index.ts'),
]);

// The YAML library (src/sim/yaml/yaml-library.ts): a cluster built directly, without a Machine
// awaiting it, has its kubelets parse YAML as they start.
await (await import('../../src/sim/yaml/yaml-library.ts')).loadYaml();

// Image layers and entrypoint programs (src/sim/images/contents-loader.ts): a node's first pull
// fetches them, and images a test puts on a node without a pull need them too.
await (await import('../../src/sim/images/contents-loader.ts')).loadImageContents();
