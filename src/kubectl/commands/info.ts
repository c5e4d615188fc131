// kubectl version, api-resources, api-versions, cluster-info and auth can-i: what the client
// and the API server say about themselves.
// Models staging/src/k8s.io/kubectl/pkg/cmd/version/version.go, apiresources/apiresources.go,
// apiresources/apiversions.go, clusterinfo/clusterinfo.go and auth/cani.go.

import type { Command } from '../cli/command.ts';
import { CliError, usageError } from '../cli/errors.ts';
import { printJson, printYaml } from '../printers/yaml-json.ts';
import { TABLE_TABWRITER, tabwrite } from '../printers/tabwriter.ts';
import { lookupResourceType, RESOURCE_TYPES, type ResourceType } from '../resource-types.ts';

export const CLIENT_VERSION = 'v1.33.1';
export const KUSTOMIZE_VERSION = 'v5.6.0';
export const DEFAULT_SERVER = 'https://172.30.1.2:6443';

function versionInfo(gitVersion: string) {
  const [major, minor] = gitVersion.replace(/^v/, '').split('.');
  return {
    major, minor, gitVersion, gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828', gitTreeState: 'clean',
    buildDate: '2025-05-15T08:19:08Z', goVersion: 'go1.24.2', compiler: 'gc', platform: 'linux/amd64',
  };
}

export const versionCommand: Command = {
  name: 'version',
  flags: [{ name: 'client', type: 'bool' }, { name: 'output', shorthand: 'o', type: 'string' }],
  async run(inv) {
    const server = inv.cluster.serverVersion ?? CLIENT_VERSION;
    const client = inv.flags.bool('client');
    const output = inv.flags.string('output');
    if (output === 'json' || output === 'yaml') {
      const doc: Record<string, unknown> = { clientVersion: versionInfo(CLIENT_VERSION), kustomizeVersion: KUSTOMIZE_VERSION };
      if (!client) doc.serverVersion = versionInfo(server);
      inv.out(output === 'json' ? printJson(doc, { keepOrder: true }) : printYaml(doc));
      return 0;
    }
    if (output) throw new CliError(`error: --output must be 'yaml' or 'json'`);
    inv.out(`Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
    if (!client) inv.out(`Server Version: ${server}\n`);
    return 0;
  },
};

function groupVersion(t: ResourceType): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}

export const apiResourcesCommand: Command = {
  name: 'api-resources',
  flags: [
    { name: 'output', shorthand: 'o', type: 'string' },
    { name: 'namespaced', type: 'bool' },
    { name: 'api-group', type: 'string' },
    { name: 'verbs', type: 'stringSlice' },
    { name: 'no-headers', type: 'bool' },
    { name: 'sort-by', type: 'string' },
    { name: 'cached', type: 'bool' },
    { name: 'categories', type: 'stringSlice' },
  ],
  async run(inv) {
    const { flags } = inv;
    let types = [...RESOURCE_TYPES];
    if (flags.has('namespaced')) types = types.filter((t) => t.namespaced === flags.bool('namespaced'));
    if (flags.has('api-group')) types = types.filter((t) => t.group === flags.string('api-group'));
    for (const verb of flags.list('verbs')) types = types.filter((t) => t.verbs.includes(verb));
    for (const category of flags.list('categories')) types = types.filter((t) => t.categories?.includes(category));
    types.sort((a, b) => (a.group === b.group ? (a.name < b.name ? -1 : 1) : a.group < b.group ? -1 : 1));
    const output = flags.string('output');
    if (output === 'name') {
      inv.out(types.map((t) => (t.group ? `${t.name}.${t.group}` : t.name) + '\n').join(''));
      return 0;
    }
    if (output && output !== 'wide') throw new CliError(`error: --output ${output} is not available`);
    const wide = output === 'wide';
    let text = flags.bool('no-headers') ? '' : `NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND${wide ? '\tVERBS\tCATEGORIES' : ''}\n`;
    for (const t of types) {
      text += `${t.name}\t${t.shortNames.join(',')}\t${groupVersion(t)}\t${t.namespaced}\t${t.kind}`;
      if (wide) text += `\t${t.verbs.join(',')}\t${(t.categories ?? []).join(',')}`;
      text += '\n';
    }
    inv.out(tabwrite(text, TABLE_TABWRITER));
    return 0;
  },
};

export const apiVersionsCommand: Command = {
  name: 'api-versions',
  flags: [],
  async run(inv) {
    const versions = [...new Set(RESOURCE_TYPES.map(groupVersion))].sort();
    inv.out(versions.map((v) => v + '\n').join(''));
    return 0;
  },
};

export const clusterInfoCommand: Command = {
  name: 'cluster-info',
  flags: [],
  async run(inv) {
    if (inv.args.length > 0) throw usageError(inv.commandPath, `unknown command "${inv.args[0]}" for "kubectl cluster-info"`);
    const server = inv.cluster.server ?? DEFAULT_SERVER;
    inv.out(`\x1b[0;32mKubernetes control plane\x1b[0m is running at \x1b[0;33m${server}\x1b[0m\n`);
    inv.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    return 0;
  },
};

const canI: Command = {
  name: 'can-i',
  flags: [
    { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'list', type: 'bool' },
    { name: 'no-headers', type: 'bool' },
    { name: 'subresource', type: 'string' },
  ],
  async run(inv) {
    if (inv.flags.bool('list')) {
      inv.out(tabwrite('Resources\tNon-Resource URLs\tResource Names\tVerbs\n*.*\t[]\t[]\t[*]\n\t[*]\t[]\t[*]\n', TABLE_TABWRITER));
      return 0;
    }
    if (inv.args.length < 2) throw usageError(inv.commandPath, 'you must specify two arguments: verb resource or verb resource/resourceName.');
    const resource = inv.args[1].startsWith('/') ? undefined : inv.args[1].split('/')[0];
    if (resource && resource !== '*' && !lookupResourceType(resource)) {
      inv.err(`Warning: the server doesn't have a resource type '${resource}'\n\n`);
    }
    // The learner is the cluster's administrator (kubernetes-admin in system:masters).
    if (!inv.flags.bool('quiet')) inv.out('yes\n');
    return 0;
  },
};

export const authCommand: Command = {
  name: 'auth',
  flags: [],
  subcommands: [canI, {
    name: 'whoami', flags: [{ name: 'output', shorthand: 'o', type: 'string' }], run: async (inv) => {
      inv.out(tabwrite('ATTRIBUTE\tVALUE\nUsername\tkubernetes-admin\nGroups\t[kubeadm:cluster-admins system:authenticated]\n', TABLE_TABWRITER));
      return 0;
    },
  }],
};
