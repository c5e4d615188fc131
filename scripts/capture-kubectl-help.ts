// Captures real kubectl v1.33.1's usage texts for every command PodLab's kubectl implements and
// writes them to src/kubectl/help/kubectl-help.json, the one source `kubectl help`, `-h` and
// `--help` print from. Walks PodLab's own command tree, so commands added later are picked up by
// running this again:
//
//   npx node scripts/capture-kubectl-help.ts [path/to/kubectl.1.33]
//
// Without kubectl.1.33 on this machine it says so and leaves the data as it is.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { commands } from '../src/kubectl/commands/index.ts';
import { commandPaths } from '../src/kubectl/help/command-paths.ts';
import { HELP_HOME, type HelpData } from '../src/kubectl/help/help-data.ts';

const OUT = join(import.meta.dirname, '../src/kubectl/help/kubectl-help.json');
// A help topic no kubectl has, to record the usage `kubectl help <unknown>` prints after its
// first line.
const UNKNOWN_TOPIC = 'no-such-topic';

function findKubectl(): string | undefined {
  if (process.argv[2]) return process.argv[2];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    if (existsSync(join(dir, 'kubectl.1.33'))) return join(dir, 'kubectl.1.33');
    const dispatcher = join(dir, 'kubectl');
    if (existsSync(dispatcher) && existsSync(join(dirname(realpathSync(dispatcher)), 'kubectl.1.33'))) {
      return join(dirname(realpathSync(dispatcher)), 'kubectl.1.33');
    }
  }
  return undefined;
}

function main(): void {
  const binary = findKubectl();
  if (!binary) {
    console.log('kubectl.1.33 not found on PATH: kubectl-help.json left unchanged.');
    return;
  }
  // A fixed HOME (the learner's) and no PATH: --cache-dir's default names HOME, and kubectl
  // lists plugins found on PATH in its root help.
  const env = { HOME: HELP_HOME, PATH: '' };
  const run = (args: string[]) => spawnSync(binary, args, { env, encoding: 'utf8' });
  const stdoutOf = (args: string[]) => execFileSync(binary, args, { env, encoding: 'utf8' });

  const version = /Client Version: (\S+)/.exec(stdoutOf(['version', '--client']))?.[1] ?? '';
  if (version !== 'v1.33.1') throw new Error(`${binary} is kubectl ${version}, not v1.33.1`);

  const help: Record<string, string> = { kubectl: stdoutOf(['--help']) };
  for (const path of commandPaths(commands())) help[['kubectl', ...path].join(' ')] = stdoutOf([...path, '--help']);

  const unknown = run(['help', UNKNOWN_TOPIC]);
  const firstLine = `Unknown help topic [\`${UNKNOWN_TOPIC}\`]\n`;
  if (unknown.status !== 0 || !unknown.stderr.startsWith(firstLine)) throw new Error(`unexpected kubectl help ${UNKNOWN_TOPIC}: ${unknown.stderr}`);

  const data: HelpData = { version, help, options: stdoutOf(['options']), rootUsage: unknown.stderr.slice(firstLine.length) };
  writeFileSync(OUT, JSON.stringify(data, null, 1) + '\n');
  console.log(`${Object.keys(help).length} usage texts from ${binary} written to ${OUT}`);
}

main();
