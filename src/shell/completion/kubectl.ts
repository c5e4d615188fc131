// Tab completion for kubectl, as its cobra completion answers it: commands and subcommands,
// resource types (`api-resources -o name`), names of objects in the cluster, the flags of the
// command, and the values of -n, -o, -c and -f.
// Models staging/src/k8s.io/kubectl/pkg/util/completion/completion.go.

import type { Completion } from '../../os/process/terminal.ts';
import { qualifiedResource, RESOURCE_TYPES, lookupResourceType } from '../../kubectl/resource-types.ts';
import type { PartialWord } from './command-line.ts';
import { KUBECTL_GLOBAL_FLAGS, KUBECTL_VERBS, type FlagInfo, type VerbSpec } from './kubectl-spec.ts';
import { completePath, type PathScope } from './paths.ts';

export interface KubectlLookups {
  /**
   * Names of the objects of a type (its plural resource name, `pods`) in a namespace; undefined
   * namespace means the current context's. Cluster-scoped types ignore the namespace.
   */
  kubectlNames?(type: string, namespace: string | undefined): string[] | Promise<string[]>;
  /** Container names of a pod (init containers included), for `-c`. */
  kubectlContainers?(pod: string, namespace: string | undefined): string[] | Promise<string[]>;
}

interface Parsed {
  spec: VerbSpec | undefined;
  positionals: string[];
  namespace?: string;
  /** The flag waiting for its value, when the word before the cursor was `-n`, `-o`… */
  awaiting?: FlagInfo;
}

/** `args` are the words after `kubectl` before the cursor. */
export async function completeKubectl(args: string[], word: PartialWord, scope: PathScope, lookups: KubectlLookups): Promise<Completion> {
  const p = parseArgs(args);
  const from = word.start;
  const none: Completion = { from, candidates: [] };
  const flagsOf = (s: VerbSpec | undefined) => [...(s?.flags ?? []), ...KUBECTL_GLOBAL_FLAGS];
  const value = word.value;
  if (p.awaiting) return completeValue(p.awaiting, p, word, scope, lookups);
  if (value.startsWith('--') && value.includes('=')) {
    const name = value.slice(2, value.indexOf('='));
    const flag = flagsOf(p.spec).find((f) => f.name === name);
    if (!flag) return none;
    const eq = word.raw.indexOf('=') + 1;
    return completeValue(flag, p, { start: word.start + eq, raw: word.raw.slice(eq), value: value.slice(value.indexOf('=') + 1) }, scope, lookups);
  }
  if (value.startsWith('-')) {
    const names: string[] = [];
    for (const f of flagsOf(p.spec)) {
      names.push(`--${f.name}`);
      if (f.shorthand && value.length === 1) names.push(`-${f.shorthand}`);
    }
    return { from, candidates: matching(names, value), exact: true };
  }
  const pos = p.positionals;
  if (pos.length === 0) return { from, candidates: matching(Object.keys(KUBECTL_VERBS), value), exact: true };
  let spec = KUBECTL_VERBS[pos[0]];
  let rest = pos.slice(1);
  if (spec?.subcommands) {
    if (rest.length === 0) return { from, candidates: matching(Object.keys(spec.subcommands), value), exact: true };
    spec = spec.subcommands[rest[0]];
    rest = rest.slice(1);
  }
  if (!spec) return none;
  const names = async (type: string) => [...(await lookups.kubectlNames?.(type, p.namespace) ?? [])];
  switch (spec.args) {
    case 'types':
      return rest.length === 0 ? { from, candidates: matching(resourceTypeNames(), value), exact: true } : none;
    case 'nodes':
      return { from, candidates: matching(await names('nodes'), value), exact: true };
    case 'pods':
      if (rest.length === 0) return { from, candidates: matching(await names('pods'), value), exact: true };
      // `kubectl logs POD <Tab>`: the second argument is a container.
      if (rest.length === 1 && pos[0] === 'logs') return { from, candidates: matching(await containers(rest[0], p, lookups), value), exact: true };
      return none;
    case 'resources': {
      if (rest.length === 0 || rest[0].includes('/')) {
        const slash = value.indexOf('/');
        if (slash < 0) return { from, candidates: matching(resourceTypeNames(), value), exact: true };
        const type = lookupResourceType(value.slice(0, slash));
        if (!type) return none;
        const prefix = value.slice(0, slash + 1);
        return { from, candidates: matching((await names(type.name)).map((n) => prefix + n), value), exact: true };
      }
      const type = lookupResourceType(rest[0]);
      return type ? { from, candidates: matching(await names(type.name), value), exact: true } : none;
    }
  }
  return none;
}

/** What `kubectl api-resources -o name --verbs=get` prints. */
function resourceTypeNames(): string[] {
  return RESOURCE_TYPES.filter((t) => t.verbs.includes('get')).map(qualifiedResource);
}

function matching(candidates: string[], prefix: string): string[] {
  return [...new Set(candidates.filter((c) => c.startsWith(prefix)))].sort();
}

async function containers(pod: string, p: Parsed, lookups: KubectlLookups): Promise<string[]> {
  const name = pod.startsWith('pod/') || pod.startsWith('pods/') ? pod.slice(pod.indexOf('/') + 1) : pod;
  return [...(await lookups.kubectlContainers?.(name, p.namespace) ?? [])];
}

async function completeValue(flag: FlagInfo, p: Parsed, word: PartialWord, scope: PathScope, lookups: KubectlLookups): Promise<Completion> {
  const from = word.start;
  switch (flag.name) {
    case 'namespace':
      return { from, candidates: matching([...(await lookups.kubectlNames?.('namespaces', undefined) ?? [])], word.value), exact: true };
    case 'output':
      return { from, candidates: matching(p.spec?.formats ?? [], word.value), exact: true };
    case 'container': {
      // The pod is the command's first argument (`exec POD -c <Tab>`, `logs POD -c <Tab>`).
      const pod = p.positionals[1];
      return { from, candidates: pod === undefined ? [] : matching(await containers(pod, p, lookups), word.value), exact: true };
    }
    case 'filename':
      return completePath(scope, word, { extensions: ['json', 'yaml', 'yml'] });
  }
  return { from, candidates: [] };
}

function parseArgs(args: string[]): Parsed {
  const positionals: string[] = [];
  let namespace: string | undefined;
  let spec: VerbSpec | undefined;
  const all = () => [...(spec?.flags ?? []), ...KUBECTL_GLOBAL_FLAGS];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a.startsWith('-') && a.length > 1) {
      const long = a.startsWith('--');
      const body = long ? a.slice(2) : a.slice(1);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : long ? body : body[0];
      const flag = all().find((f) => (long ? f.name === name : f.shorthand === name));
      if (!flag?.takesValue) continue;
      let v: string | undefined;
      if (eq >= 0) v = body.slice(eq + 1);
      else if (!long && body.length > 1) v = body.slice(1);
      else if (i + 1 < args.length) v = args[++i];
      else return { spec, positionals, namespace, awaiting: flag };
      if (flag.name === 'namespace') namespace = v;
      continue;
    }
    positionals.push(a);
    if (positionals.length === 1) spec = KUBECTL_VERBS[a];
    else if (positionals.length === 2 && spec?.subcommands?.[a]) spec = spec.subcommands[a];
  }
  return { spec, positionals, namespace };
}
