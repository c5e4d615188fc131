// kubectl's command tree as the worker starts with it: names only. A command's module — its
// flags, its run and the printers it uses — is fetched when an invocation first names it, before
// its flags are parsed or anything reads the clock, so a first run and a later one take the same
// virtual time. The order is commands()' (src/kubectl/commands/index.ts), which a test pins.

import type { Command } from './cli/command.ts';
import type { ProgramLookup } from './commands/edit.ts';

/** A top-level command whose flags, subcommands and run come with `load()`. */
export interface LazyCommand extends Command {
  load(): Promise<Command>;
}

/** `others` loads every other command of the tree, in order. */
type Loader = (programs: ProgramLookup | undefined, others: () => Promise<Command[]>) => Promise<Command>;

const LOADERS: [name: string, load: Loader, hidden?: boolean][] = [
  ['create', async () => (await import('./commands/create.ts')).createCommand],
  ['run', async () => (await import('./commands/run.ts')).runCommand],
  ['set', async () => (await import('./commands/set-image.ts')).setCommand],
  ['explain', async () => (await import('./commands/explain.ts')).explainCommand],
  ['get', async () => (await import('./commands/get.ts')).getCommand],
  ['edit', async (programs) => (await import('./commands/edit.ts')).editCommand(programs)],
  ['delete', async () => (await import('./commands/delete.ts')).deleteCommand],
  ['cluster-info', async () => (await import('./commands/info.ts')).clusterInfoCommand],
  ['top', async () => (await import('./commands/top.ts')).topCommand],
  ['taint', async () => (await import('./commands/taint.ts')).taintCommand],
  ['describe', async () => (await import('./commands/describe.ts')).describeCommand],
  ['logs', async () => (await import('./commands/logs.ts')).logsCommand],
  ['attach', async () => (await import('./commands/attach.ts')).attachCommand],
  ['exec', async () => (await import('./commands/exec.ts')).execCommand],
  ['port-forward', async () => (await import('./commands/port-forward.ts')).portForwardCommand],
  ['cp', async () => (await import('./commands/cp.ts')).cpCommand],
  ['auth', async () => (await import('./commands/info.ts')).authCommand],
  ['debug', async () => (await import('./commands/debug.ts')).debugCommand],
  ['events', async () => (await import('./commands/events.ts')).eventsCommand],
  ['apply', async () => (await import('./commands/apply.ts')).applyCommand],
  ['patch', async () => (await import('./commands/patch-replace.ts')).patchCommand],
  ['replace', async () => (await import('./commands/patch-replace.ts')).replaceCommand],
  ['wait', async () => (await import('./commands/wait.ts')).waitCommand],
  ['label', async () => (await import('./commands/label.ts')).labelCommand],
  ['annotate', async () => (await import('./commands/label.ts')).annotateCommand],
  ['completion', async () => (await import('./commands/completion.ts')).completionCommand],
  ['config', async () => (await import('./commands/config.ts')).configCommand],
  ['version', async () => (await import('./commands/info.ts')).versionCommand],
  ['api-versions', async () => (await import('./commands/info.ts')).apiVersionsCommand],
  ['api-resources', async () => (await import('./commands/info.ts')).apiResourcesCommand],
  ['options', async () => (await import('./help/options-command.ts')).optionsCommand],
  // cobra's help command finds its topic in the whole tree, so it loads every command.
  ['help', async (_, others) => {
    const all = await others();
    const help = (await import('./help/help-command.ts')).helpCommand(() => all);
    all.push(help);
    return help;
  }, true],
];

/** kubectl's top-level commands, each loading on first use; one loaded command per tree. */
export function lazyCommands(programs?: ProgramLookup): LazyCommand[] {
  const tree: LazyCommand[] = LOADERS.map(([name, load, hidden]) => {
    let loading: Promise<Command> | undefined;
    const others = () => Promise.all(tree.filter((c) => c.name !== name).map((c) => c.load()));
    const stub: LazyCommand = { name, flags: [], load: () => (loading ??= load(programs, others)) };
    if (hidden) stub.hidden = true;
    return stub;
  });
  return tree;
}
