// The key/value sources of `kubectl create configmap` and `create secret generic`: literals,
// files (a folder gives each regular file in it), and env files.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create_configmap.go and create_secret.go
// (handleFromLiteralSources, handleFromFileSources, handleFromEnvFileSources).

import type { Invocation } from '../cli/command.ts';
import { CliError } from '../cli/errors.ts';

/** Reads --from-literal, --from-file and --from-env-file; `duplicate` words the error for a repeated key. */
export function readKeySources(inv: Invocation, duplicate: (key: string) => string): Record<string, string> {
  const data: Record<string, string> = {};
  const add = (key: string, value: string) => {
    if (key in data) throw new CliError(`error: ${duplicate(key)}`);
    data[key] = value;
  };
  for (const literal of inv.flags.list('from-literal')) {
    const eq = literal.indexOf('=');
    if (eq <= 0) throw new CliError(`error: invalid literal source ${literal}, expected key=value`);
    add(literal.slice(0, eq), literal.slice(eq + 1));
  }
  const { fs, cred } = inv.ctx;
  for (const spec of inv.flags.list('from-file')) {
    const eq = spec.indexOf('=');
    const path = eq >= 0 ? spec.slice(eq + 1) : spec;
    const full = inv.ctx.resolve(path);
    let type: string;
    try {
      type = fs.stat(full, cred).type;
    } catch {
      throw new CliError(`error: error reading ${path}: no such file or directory`);
    }
    if (type === 'dir') {
      if (eq >= 0) throw new CliError(`error: cannot give a key name for a directory path`);
      for (const name of fs.readdir(full, cred).sort()) {
        if (fs.lstat(`${full}/${name}`, cred).type === 'file') add(name, fs.readFile(`${full}/${name}`, cred));
      }
    } else {
      add(eq >= 0 ? spec.slice(0, eq) : path.split('/').pop()!, fs.readFile(full, cred));
    }
  }
  for (const path of inv.flags.list('from-env-file')) {
    let text: string;
    try {
      text = fs.readFile(inv.ctx.resolve(path), cred);
    } catch {
      throw new CliError(`error: error reading ${path}: no such file or directory`);
    }
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (t === '' || t.startsWith('#')) continue;
      const eq = t.indexOf('=');
      // A bare name takes its value from kubectl's own environment.
      data[eq >= 0 ? t.slice(0, eq) : t] = eq >= 0 ? t.slice(eq + 1) : (inv.ctx.env[t] ?? '');
    }
  }
  return data;
}
