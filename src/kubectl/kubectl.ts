// The `kubectl` program: finds the command among the arguments as cobra does, parses its flags
// with the global ones, and runs it against the cluster. Every failure ends as kubectl's text on
// stderr and exit status 1.
// Models staging/src/k8s.io/kubectl/pkg/cmd/cmd.go (NewKubectlCommand) and cobra's Find/execute.

import type { Program, ProcessContext } from '../os/process/context.ts';
import type { KubectlCluster } from './cluster.ts';
import { FlagReader, type Command, type Invocation } from './cli/command.ts';
import { CliError, errorText } from './cli/errors.ts';
import { parseFlags } from './cli/flags.ts';
import { GLOBAL_FLAGS, takesValue } from './cli/global-flags.ts';
import { suggestionsFor } from './cli/suggest.ts';
import type { ProgramLookup } from './commands/edit.ts';
import { lazyCommands, type LazyCommand } from './lazy-commands.ts';
import { loadYaml } from '../sim/yaml/yaml-library.ts';
import { rootHelp } from './help/help.ts';
import { printHelp, subcommandRequired } from './help/print-help.ts';
import { currentNamespace } from './kubeconfig.ts';

export interface KubectlOptions {
  /** The machine's built-in programs, for running $EDITOR (kubectl edit). */
  programs?: ProgramLookup;
}

export function createKubectl(cluster: KubectlCluster, options: KubectlOptions = {}): Program {
  const commands = lazyCommands(options.programs);
  return (ctx) => runKubectl(ctx, cluster, commands);
}

async function runKubectl(ctx: ProcessContext, cluster: KubectlCluster, commands: readonly LazyCommand[]): Promise<number> {
  const out = (text: string) => void ctx.stdout.write(text);
  const err = (text: string) => void ctx.stderr.write(text);
  try {
    return await dispatch(ctx, cluster, commands, out, err);
  } catch (e) {
    if (e instanceof CliError) {
      err(e.text);
      return e.code;
    }
    throw e;
  }
}

async function dispatch(ctx: ProcessContext, cluster: KubectlCluster, all: readonly LazyCommand[], out: (t: string) => void, err: (t: string) => void): Promise<number> {
  const argv = ctx.argv.slice(1);
  const path: Command[] = [];
  const removed = new Set<number>();
  let commands: readonly Command[] = all;
  // cobra walks down the command tree with the first non-flag word at each level.
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-') && a.length > 1) {
      if (takesValue(a)) i++;
      continue;
    }
    const named = commands.find((c) => c.name === a || c.aliases?.includes(a));
    if (!named) {
      if (path.length === 0) throw unknownCommand(a, all);
      break;
    }
    // The top-level command's module loads before its flags are parsed, and the YAML library
    // before the kubeconfig is read.
    const found = path.length === 0 ? (await Promise.all([(named as LazyCommand).load(), loadYaml()]))[0] : named;
    path.push(found);
    removed.add(i);
    if (!found.subcommands) break;
    commands = found.subcommands;
  }
  const rest = argv.filter((_, i) => !removed.has(i));
  if (path.length === 0) {
    const parsed = parseFlags(rest, GLOBAL_FLAGS);
    if (!parsed.ok && parsed.error !== 'help requested') throw new CliError(`error: ${parsed.error}\nSee 'kubectl --help' for usage.`);
    out(await rootHelp());
    return 0;
  }
  const command = path[path.length - 1];
  const commandPath = ['kubectl', ...path.map((c) => c.name)].join(' ');
  const parsed = parseFlags(rest, [...command.flags, ...GLOBAL_FLAGS.filter((g) => !command.flags.some((f) => f.name === g.name))]);
  if (!parsed.ok) {
    if (parsed.error === 'help requested') return await printHelp(commandPath, out);
    throw new CliError(`error: ${parsed.error}\nSee '${commandPath} --help' for usage.`);
  }
  const flags = new FlagReader(parsed.parsed.values);
  if (flags.bool('help')) return await printHelp(commandPath, out);
  if (!command.run) return await subcommandRequired(commandPath, parsed.parsed.args, err);
  const explicit = flags.has('namespace') && flags.string('namespace') !== '';
  const inv: Invocation = {
    ctx,
    cluster,
    commandPath,
    flags,
    args: parsed.parsed.args,
    argsLenAtDash: parsed.parsed.argsLenAtDash,
    namespace: explicit ? flags.string('namespace') : currentNamespace(ctx, flags.string('context')),
    namespaceExplicit: explicit,
    out,
    err,
  };
  return command.run(inv);
}

// Suggestions name only the commands PodLab has, and never the word typed: a kubectl command
// PodLab lacks is unknown here even though cobra would run it.
function unknownCommand(name: string, all: readonly Command[]): CliError {
  const names = all.filter((c) => !c.hidden && c.name !== name).map((c) => c.name);
  const suggestions = suggestionsFor(name, names);
  let text = `error: unknown command "${name}" for "kubectl"`;
  if (suggestions.length > 0) text += `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}`;
  return new CliError(errorText(text));
}
