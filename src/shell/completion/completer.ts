// Tab completion for the learner's interactive shell, as bash with bash-completion does it on an
// exam box: command names in the first position (PATH executables, builtins, aliases, keywords),
// file names elsewhere, folders only after `cd`, and kubectl's own completion for `kubectl` and
// any alias of it (`k`). The terminal (tty) inserts the answer and lists candidates on a second Tab.

import type { Cred } from '../../os/fs/cred.ts';
import { canAccess } from '../../os/fs/cred.ts';
import type { FileSystem } from '../../os/fs/file-system.ts';
import * as paths from '../../os/path.ts';
import type { Completer, Completion } from '../../os/process/terminal.ts';
import { BUILTINS } from '../interp/builtins/index.ts';
import { scanCommandLine, type PartialWord } from './command-line.ts';
import { completeKubectl, type KubectlLookups } from './kubectl.ts';
import { completePath, type PathScope } from './paths.ts';

export interface CompletionEnv extends KubectlLookups {
  fs: FileSystem;
  cred: Cred;
  /** The shell's working directory, home and PATH at the moment Tab is pressed. */
  cwd(): string;
  home(): string;
  path(): string;
  aliases(): ReadonlyMap<string, string> | Record<string, string>;
}

const KEYWORDS = ['!', '[[', ']]', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'select', 'then', 'time', 'until', 'while', '{', '}'];
/** Commands whose next word is itself a command. */
const PREFIX_COMMANDS = new Set(['sudo', 'watch', 'time', 'nohup', 'exec', 'command', 'which', 'type', 'man', 'xargs', 'env', 'timeout', 'nice']);

export function createCompleter(env: CompletionEnv): Completer {
  return async (line, cursor) => {
    try {
      return await complete(env, line, cursor);
    } catch {
      // A failing lookup (the cluster, a folder) must never break the prompt: no candidates.
      return { from: cursor, candidates: [] };
    }
  };
}

export async function complete(env: CompletionEnv, line: string, cursor: number): Promise<Completion> {
  const { words, current, afterRedirect } = scanCommandLine(line, cursor);
  const scope: PathScope = { fs: env.fs, cred: env.cred, cwd: env.cwd(), home: env.home() };
  if (afterRedirect) return completePath(scope, current);
  const aliases = toMap(env.aliases());
  // Skip wrappers (`sudo`, `watch -n1`) to find the command the cursor belongs to.
  let i = 0;
  while (i < words.length && PREFIX_COMMANDS.has(words[i])) {
    i++;
    while (i < words.length && words[i].startsWith('-')) i++;
  }
  const rest = words.slice(i);
  if (rest.length === 0) return completeCommand(env, scope, current, aliases);
  const command = rest[0];
  const aliased = aliases.get(command)?.trim().split(/\s+/) ?? [];
  if (command === 'kubectl' || aliased[0] === 'kubectl') {
    const args = [...(command === 'kubectl' ? [] : aliased.slice(1)), ...rest.slice(1)];
    return completeKubectl(args, current, scope, env);
  }
  if (command === 'cd' || command === 'pushd' || command === 'rmdir') return completePath(scope, current, { dirsOnly: true });
  if ((command === 'ssh' || command === 'ping') && !current.value.startsWith('-') && !current.value.includes('/')) return completeHost(env, current);
  return completePath(scope, current);
}

function toMap(a: ReadonlyMap<string, string> | Record<string, string>): ReadonlyMap<string, string> {
  return a instanceof Map ? a : new Map(Object.entries(a));
}

function completeCommand(env: CompletionEnv, scope: PathScope, word: PartialWord, aliases: ReadonlyMap<string, string>): Completion {
  if (word.value.includes('/')) return completePath(scope, word, { executables: true });
  const prefix = word.value;
  const names = new Set<string>();
  const add = (n: string) => { if (n.startsWith(prefix)) names.add(n); };
  for (const n of BUILTINS.keys()) add(n);
  for (const n of KEYWORDS) add(n);
  for (const n of aliases.keys()) add(n);
  for (const dir of env.path().split(':').filter((d) => d !== '')) {
    const abs = paths.resolve(scope.cwd, dir);
    let entries: string[];
    try {
      entries = env.fs.readdir(abs, env.cred);
    } catch {
      continue;
    }
    for (const n of entries) {
      if (!n.startsWith(prefix) || names.has(n)) continue;
      try {
        const st = env.fs.stat(paths.join(abs, n), env.cred);
        if (st.type === 'file' && canAccess(env.cred, st, 'x')) names.add(n);
      } catch {
        // dangling link: not a command
      }
    }
  }
  return { from: word.start, candidates: [...names].sort(), exact: true };
}

/** ssh's host names, as bash-completion's _known_hosts reads them from /etc/hosts. */
function completeHost(env: CompletionEnv, word: PartialWord): Completion {
  let text = '';
  try {
    text = env.fs.readFile('/etc/hosts', env.cred);
  } catch {
    // no hosts file: no names
  }
  const at = word.value.lastIndexOf('@') + 1;
  const prefix = word.value.slice(at);
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/).slice(1);
    for (const n of fields) if (n.startsWith(prefix) && !n.includes('localhost')) names.add(n);
  }
  return { from: word.start + word.raw.lastIndexOf('@') + 1, candidates: [...names].sort(), exact: true };
}
