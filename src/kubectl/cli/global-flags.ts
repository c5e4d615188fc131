// kubectl's persistent flags, accepted before or after any command. Connection flags are parsed
// and ignored: there is one cluster.
// Models staging/src/k8s.io/cli-runtime/pkg/genericclioptions/config_flags.go (AddFlags).

import type { FlagSpec } from './flags.ts';

const s = (name: string, shorthand?: string): FlagSpec => ({ name, shorthand, type: 'string' });
const b = (name: string): FlagSpec => ({ name, type: 'bool' });

export const GLOBAL_FLAGS: FlagSpec[] = [
  s('namespace', 'n'), s('context'), s('cluster'), s('user'), s('kubeconfig'), s('server', 's'), s('token'),
  s('as'), { name: 'as-group', type: 'stringArray' }, s('as-uid'), s('certificate-authority'), s('client-certificate'),
  s('client-key'), b('insecure-skip-tls-verify'), s('request-timeout'), s('tls-server-name'), s('username'), s('password'),
  s('cache-dir'), b('match-server-version'), b('disable-compression'), b('warnings-as-errors'), s('profile'),
  s('profile-output'), { name: 'v', shorthand: 'v', type: 'int' }, s('vmodule'), s('log-flush-frequency'),
  { name: 'help', shorthand: 'h', type: 'bool' },
];

/** Global flags that take a value, for finding the command name among flags (cobra stripFlags). */
export function takesValue(arg: string): boolean {
  if (arg.includes('=')) return false;
  const spec = arg.startsWith('--')
    ? GLOBAL_FLAGS.find((f) => f.name === arg.slice(2))
    : arg.length === 2 ? GLOBAL_FLAGS.find((f) => f.shorthand === arg[1]) : undefined;
  return spec !== undefined && spec.type !== 'bool';
}
