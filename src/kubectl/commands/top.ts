// kubectl top pod|node: usage from the metrics API, CPU in millicores and memory in Mi.
// Models staging/src/k8s.io/kubectl/pkg/cmd/top (top_pod.go, top_node.go) and
// pkg/metricsutil/metrics_printer.go (cells are tab-terminated, so the last column is padded).

import type { Node, Pod } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { TABLE_TABWRITER, tabwrite } from '../printers/tabwriter.ts';
import { canonicalQuantity } from '../printers/describe/quantity.ts';
import { goDuration } from '../printers/duration.ts';

/** top_pod.go metricsCreationDelay: a pod this young may simply not have been scraped yet. */
const METRICS_CREATION_DELAY_MS = 2 * 60_000;

const MI = 1024 * 1024;
const cpu = (m: number) => `${Math.round(m)}m`;
const mem = (b: number) => `${Math.floor(b / MI)}Mi`;

function metricsOf(inv: Invocation) {
  if (!inv.cluster.metrics) throw new CliError('error: Metrics API not available');
  return inv.cluster.metrics;
}

const topPod: Command = {
  name: 'pod',
  aliases: ['pods', 'po'],
  flags: [
    { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
    { name: 'containers', type: 'bool' },
    { name: 'selector', shorthand: 'l', type: 'string' },
    { name: 'sort-by', type: 'string' },
    { name: 'no-headers', type: 'bool' },
    { name: 'sum', type: 'bool' },
  ],
  async run(inv) {
    const all = inv.flags.bool('all-namespaces');
    let pods = metricsOf(inv).pods(all ? undefined : inv.namespace);
    if (inv.args.length > 0) {
      pods = pods.filter((p) => p.name === inv.args[0]);
      // A GET of podmetrics: metrics-server has none for a pod it has not scraped (or that does not exist).
      if (pods.length === 0) throw new CliError(`Error from server (NotFound): podmetrics.metrics.k8s.io "${inv.namespace}/${inv.args[0]}" not found`);
    }
    const selector = inv.flags.string('selector');
    if (selector) {
      const list = inv.cluster.api.list({ resource: 'pods', namespace: all ? undefined : inv.namespace, options: { labelSelector: selector } });
      const names = new Set(isStatus(list) ? [] : list.items.map((p) => `${p.metadata.namespace}/${p.metadata.name}`));
      pods = pods.filter((p) => names.has(`${p.namespace}/${p.name}`));
    }
    if (pods.length === 0) {
      verifyEmptyMetrics(inv, all, selector);
      inv.err(all ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
      return 0;
    }
    const sum = (p: (typeof pods)[number], key: 'cpuMillicores' | 'memoryBytes') => p.containers.reduce((s, c) => s + c[key], 0);
    const sortBy = inv.flags.string('sort-by');
    if (sortBy === 'cpu') pods.sort((a, b) => sum(b, 'cpuMillicores') - sum(a, 'cpuMillicores'));
    else if (sortBy === 'memory') pods.sort((a, b) => sum(b, 'memoryBytes') - sum(a, 'memoryBytes'));
    const ns = all ? 'NAMESPACE\t' : '';
    const containers = inv.flags.bool('containers');
    let text = inv.flags.bool('no-headers') ? '' : `${ns}${containers ? 'POD\tNAME' : 'NAME'}\tCPU(cores)\tMEMORY(bytes)\t\n`;
    for (const p of pods) {
      const prefix = all ? `${p.namespace}\t` : '';
      if (containers) for (const c of p.containers) text += `${prefix}${p.name}\t${c.name}\t${cpu(c.cpuMillicores)}\t${mem(c.memoryBytes)}\t\n`;
      else text += `${prefix}${p.name}\t${cpu(sum(p, 'cpuMillicores'))}\t${mem(sum(p, 'memoryBytes'))}\t\n`;
    }
    inv.out(tabwrite(text, TABLE_TABWRITER));
    return 0;
  },
};

/**
 * No metrics at all: when the pods asked about exist, either they are too young to have been
 * scraped (metrics not available yet) or one old enough has none (named, with its age).
 * Models top_pod.go (verifyEmptyMetrics, checkPodAge).
 */
function verifyEmptyMetrics(inv: Invocation, all: boolean, selector: string): void {
  const list = inv.cluster.api.list<Pod>({ resource: 'pods', namespace: all ? undefined : inv.namespace, options: { labelSelector: selector || undefined } });
  if (isStatus(list) || list.items.length === 0) return;
  for (const pod of list.items) {
    const age = inv.ctx.now() - Date.parse(pod.metadata.creationTimestamp ?? '');
    if (age > METRICS_CREATION_DELAY_MS) throw new CliError(`error: Metrics not available for pod ${pod.metadata.namespace}/${pod.metadata.name}, age: ${goDuration(age)}`);
  }
  throw new CliError('error: metrics not available yet');
}

function quantityNumber(q: string | undefined, memory: boolean): number {
  if (!q) return 0;
  const text = canonicalQuantity(q);
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(text);
  if (!m) return 0;
  const n = Number(m[1]);
  const units: Record<string, number> = { '': 1, m: 0.001, k: 1e3, M: 1e6, G: 1e9, Ki: 1024, Mi: MI, Gi: MI * 1024 };
  const value = n * (units[m[2]] ?? 1);
  return memory ? value : value * 1000;
}

const topNode: Command = {
  name: 'node',
  aliases: ['nodes', 'no'],
  flags: [{ name: 'selector', shorthand: 'l', type: 'string' }, { name: 'sort-by', type: 'string' }, { name: 'no-headers', type: 'bool' }, { name: 'show-capacity', type: 'bool' }],
  async run(inv) {
    let nodes = metricsOf(inv).nodes();
    if (inv.args.length > 0) {
      nodes = nodes.filter((n) => n.name === inv.args[0]);
      if (nodes.length === 0) throw new CliError(`Error from server (NotFound): nodemetrics.metrics.k8s.io "${inv.args[0]}" not found`);
    }
    if (nodes.length === 0) throw new CliError('error: metrics not available yet');
    const list = inv.cluster.api.list<Node>({ resource: 'nodes' });
    const byName = new Map(isStatus(list) ? [] : list.items.map((n) => [n.metadata.name, n]));
    let text = inv.flags.bool('no-headers') ? '' : 'NAME\tCPU(cores)\tCPU(%)\tMEMORY(bytes)\tMEMORY(%)\t\n';
    for (const n of nodes) {
      const status = byName.get(n.name)?.status;
      const source = inv.flags.bool('show-capacity') ? status?.capacity : status?.allocatable;
      const cpuTotal = quantityNumber(source?.cpu, false);
      const memTotal = quantityNumber(source?.memory, true);
      const pct = (v: number, t: number) => (t > 0 ? `${Math.floor((v / t) * 100)}%` : '<unknown>');
      text += `${n.name}\t${cpu(n.cpuMillicores)}\t${pct(n.cpuMillicores, cpuTotal)}\t${mem(n.memoryBytes)}\t${pct(n.memoryBytes, memTotal)}\t\n`;
    }
    inv.out(tabwrite(text, TABLE_TABWRITER));
    return 0;
  },
};

export const topCommand: Command = { name: 'top', flags: [], subcommands: [topPod, topNode] };
