// Every module the machine fetches on first use rather than at start: programs and their texts,
// kubectl's commands and help, explain's field docs, the YAML library and image contents.
// The page's worker loads them all once the learner has a prompt, so the site keeps working
// offline (or when the server goes away) after the first load; tests load them up front, where
// virtual time runs between settles and a first fetch could otherwise let the clock move on.

export async function loadLazyModules(): Promise<void> {
  await Promise.all([
    import('../shell/programs/awk.ts'),
    import('../shell/programs/jq.ts'),
    import('../shell/programs/yq.ts'),
    import('../shell/programs/gnu-help.ts'),
    import('../shell/editors/vi.ts'),
    import('../shell/editors/nano.ts'),
    // busybox's usage texts and the tools containers may run, as a machine's first pull loads them.
    import('../shell/programs/index.ts').then((m) => m.containerTools.load()),
    import('../shell/programs/apk.ts'),
    import('../shell/programs/curl.ts'),
    import('../shell/programs/cut.ts'),
    import('../shell/programs/dd.ts'),
    import('../shell/programs/df.ts'),
    import('../shell/programs/du.ts'),
    import('../shell/programs/fallocate.ts'),
    import('../shell/programs/find.ts'),
    import('../shell/programs/nslookup.ts'),
    import('../shell/programs/pgrep.ts'),
    import('../shell/programs/ps.ts'),
    import('../shell/programs/sed.ts'),
    import('../shell/programs/sort.ts'),
    import('../shell/programs/stat.ts'),
    import('../shell/programs/truncate.ts'),
    import('../shell/programs/watch.ts'),
    import('../shell/programs/wget.ts'),
    // kubectl's commands (src/kubectl/lazy-commands.ts): every command module and what it imports.
    import('../kubectl/commands/index.ts'),
    import('../kubectl/help/help-data.ts').then((m) => m.loadHelpData()),
    import('../sim/apiserver/schema.ts').then((m) => m.loadDocs()),
    import('../sim/yaml/yaml-library.ts').then((m) => m.loadYaml()),
    import('../sim/images/contents-loader.ts').then((m) => m.loadImageContents()),
  ]);
}
