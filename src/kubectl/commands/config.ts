// kubectl config: view (secrets redacted unless --raw), current-context, get-contexts,
// use-context and set-context, over the kubeconfig file (kubeadm's admin config when the
// machine has none yet; changes write ~/.kube/config).
// Models staging/src/k8s.io/kubectl/pkg/cmd/config (view.go, current_context.go,
// get_contexts.go, use_context.go, set_context.go).

import type { Command, Invocation } from '../cli/command.ts';
import { CliError, usageError } from '../cli/errors.ts';
import { effectiveKubeconfig, kubeconfigPath, readKubeconfig, type Kubeconfig } from '../kubeconfig.ts';
import { TABLE_TABWRITER, tabwrite } from '../printers/tabwriter.ts';
import { printJson, printYaml } from '../printers/yaml-json.ts';
import { DEFAULT_SERVER } from './info.ts';

function load(inv: Invocation): Kubeconfig {
  return effectiveKubeconfig(inv.ctx, inv.cluster.server ?? DEFAULT_SERVER);
}

function save(inv: Invocation, config: Kubeconfig): void {
  const path = kubeconfigPath(inv.ctx);
  const dir = path.slice(0, path.lastIndexOf('/'));
  try {
    inv.ctx.fs.mkdir(dir, { recursive: true }, inv.ctx.cred);
    inv.ctx.fs.writeFile(path, printYaml(config), {}, inv.ctx.cred);
  } catch (e) {
    throw new CliError(`error: open ${path}: ${(e as Error).message}`);
  }
}

function redact(config: Kubeconfig): Kubeconfig {
  const hide = (m: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, k.endsWith('-data') ? 'DATA+OMITTED' : k === 'token' || k === 'password' ? 'REDACTED' : v]));
  return {
    ...config,
    clusters: config.clusters?.map((c) => ({ ...c, cluster: hide(c.cluster) })),
    users: config.users?.map((u) => ({ ...u, user: hide(u.user) })),
  };
}

const view: Command = {
  name: 'view',
  flags: [
    { name: 'raw', type: 'bool' }, { name: 'minify', type: 'bool' }, { name: 'flatten', type: 'bool' }, { name: 'merge', type: 'bool' },
    { name: 'output', shorthand: 'o', type: 'string' }, { name: 'template', type: 'string' }, { name: 'show-managed-fields', type: 'bool' },
  ],
  async run(inv) {
    let config = load(inv);
    if (inv.flags.bool('minify')) {
      const current = config['current-context'];
      const context = config.contexts?.find((c) => c.name === current);
      if (!context) throw new CliError(`error: current-context must exist in order to minify`);
      config = {
        ...config,
        contexts: [context],
        clusters: config.clusters?.filter((c) => c.name === context.context.cluster),
        users: config.users?.filter((u) => u.name === context.context.user),
      };
    }
    const shown = inv.flags.bool('raw') ? config : redact(config);
    const output = inv.flags.string('output', 'yaml');
    if (output === 'json') inv.out(printJson(shown));
    else if (output === 'yaml') inv.out(printYaml(shown));
    else throw new CliError(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,yaml`);
    return 0;
  },
};

const currentContext: Command = {
  name: 'current-context',
  flags: [],
  async run(inv) {
    const current = load(inv)['current-context'];
    if (!current) throw new CliError('error: current-context is not set');
    inv.out(current + '\n');
    return 0;
  },
};

const getContexts: Command = {
  name: 'get-contexts',
  flags: [{ name: 'output', shorthand: 'o', type: 'string' }, { name: 'no-headers', type: 'bool' }],
  async run(inv) {
    const config = load(inv);
    const wanted = inv.args;
    const contexts = (config.contexts ?? []).filter((c) => wanted.length === 0 || wanted.includes(c.name));
    const missing = wanted.filter((w) => !contexts.some((c) => c.name === w));
    if (inv.flags.string('output') === 'name') {
      inv.out(contexts.map((c) => c.name + '\n').join(''));
    } else {
      let text = inv.flags.bool('no-headers') ? '' : 'CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n';
      for (const c of contexts) {
        text += `${c.name === config['current-context'] ? '*' : ''}\t${c.name}\t${c.context.cluster ?? ''}\t${c.context.user ?? ''}\t${c.context.namespace ?? ''}\n`;
      }
      inv.out(tabwrite(text, TABLE_TABWRITER));
    }
    if (missing.length > 0) throw new CliError(`error: context ${missing[0]} not found`);
    return 0;
  },
};

const useContext: Command = {
  name: 'use-context',
  aliases: ['use'],
  flags: [],
  async run(inv) {
    if (inv.args.length !== 1) throw usageError(inv.commandPath, 'Unexpected args: ' + JSON.stringify(inv.args));
    const config = load(inv);
    const name = inv.args[0];
    if (!config.contexts?.some((c) => c.name === name)) throw new CliError(`error: no context exists with the name: "${name}"`);
    save(inv, { ...config, 'current-context': name });
    inv.out(`Switched to context "${name}".\n`);
    return 0;
  },
};

const setContext: Command = {
  name: 'set-context',
  flags: [{ name: 'current', type: 'bool' }, { name: 'namespace', type: 'string' }, { name: 'cluster', type: 'string' }, { name: 'user', type: 'string' }],
  async run(inv) {
    const config = load(inv);
    const current = inv.flags.bool('current');
    if (current && inv.args.length > 0) throw new CliError('error: you cannot specify both a context name and --current');
    const name = current ? config['current-context'] ?? '' : inv.args[0];
    if (!name) throw new CliError(current ? 'error: no current context is set' : "error: you must specify a non-empty context name or --current");
    const contexts = [...(config.contexts ?? [])];
    const i = contexts.findIndex((c) => c.name === name);
    const existed = i >= 0;
    const context = existed ? { ...contexts[i].context } : {};
    for (const key of ['namespace', 'cluster', 'user'] as const) if (inv.flags.has(key)) context[key] = inv.flags.string(key);
    if (existed) contexts[i] = { name, context };
    else contexts.push({ name, context });
    save(inv, { ...config, contexts });
    inv.out(`Context "${name}" ${existed ? 'modified' : 'created'}.\n`);
    return 0;
  },
};

export const configCommand: Command = {
  name: 'config',
  flags: [],
  subcommands: [view, currentContext, getContexts, useContext, setContext],
};

export { readKubeconfig };
