// The kubectl command lines compared at each state: tables, wide tables, YAML, JSON, names,
// JSONPath, custom columns, describe, logs, events and error cases.

import type { Pod } from '../../src/sim/api/types.ts';
import { isStatus } from '../../src/sim/api/errors.ts';
import type { DiffState } from './diff-state.ts';

const ALWAYS: string[][] = [
  ['get', 'pods', '-o', 'wide'],
  ['get', 'pods', '-o', 'yaml'],
];

/**
 * Differences the oracle found that PodLab does not reproduce yet; reported, not failed.
 * - `kubectl events` sorts with Go's sort.Sort (pdqsort, unstable above 12 items), so events
 *   with equal times come out in pdqsort's order, not the list's.
 * - `get events --sort-by=.metadata.name` orders some event names (pod.hex) differently from
 *   PodLab's natural comparison.
 */
export const KNOWN_GAPS = [/^kubectl events /, /^kubectl get events .*--sort-by/];

/**
 * `describe` sorts Events with the same unstable sort: with more than 12 events, rows of equal
 * time may come out in another order. A difference is this gap only when the two outputs are the
 * same lines and only the order of rows inside an Events block differs.
 */
export function onlyEventOrderDiffers(a: string, b: string): boolean {
  if (a === b) return false;
  const canon = (text: string) => text.replace(/(^Events:\n(?:  .*\n)*)/gm, (block) => {
    const [head, rule, ...rows] = block.split('\n').slice(1, -1);
    return `Events:\n${head}\n${rule}\n${rows.sort().join('\n')}\n`;
  });
  return canon(a) === canon(b);
}

const FULL: string[][] = [
  ['get', 'pods', '-A'],
  ['get', 'events', '--sort-by=.metadata.name'],
  ['get', 'pods', '-A', '-o', 'name'],
  ['get', 'pods', '-o', 'jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\t"}{.status.containerStatuses[*].restartCount}{"\\n"}{end}'],
  ['get', 'pods', '-o', 'custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,IP:.status.podIP,IMAGES:.spec.containers[*].image'],
  ['get', 'pods', '--show-labels'],
  ['get', 'nodes'],
  ['get', 'nodes', '-o', 'wide'],
  ['get', 'events', '-A', '--sort-by=.metadata.name'],
  ['events', '-A'],
  ['describe', 'node', 'node01'],
  ['get', 'namespaces'],
  ['get', 'configmaps', '-A'],
  ['get', 'pod', 'no-such-pod'],
  ['describe', 'pod', 'no-such-pod'],
  ['logs', 'no-such-pod'],
];

export function commandsFor(state: DiffState): string[][] {
  const pods = state.machine.api.list<Pod>({ resource: 'pods', namespace: 'default' });
  const names = state.focus ?? (isStatus(pods) ? [] : pods.items.map((p) => p.metadata.name ?? ''));
  const out = [...ALWAYS, ...(state.light ? [] : FULL)];
  for (const name of names.slice(0, state.light ? 1 : 3)) {
    out.push(['describe', 'pod', name], ['logs', name]);
    if (!state.light) out.push(['logs', name, '--previous'], ['logs', name, '--tail=2', '--timestamps'], ['get', 'pod', name, '-o', 'json']);
  }
  return out;
}
