import { describe, expect, it } from 'vitest';
import { NAMESPACE_COLUMNS, printDefault, printNamespace } from '../../../src/kubectl/printers/config-tables.ts';
import { NODE_COLUMNS, printNode } from '../../../src/kubectl/printers/node-table.ts';
import { POD_COLUMNS, printPod } from '../../../src/kubectl/printers/pod-table.ts';
import { renderTable, type TableOptions } from '../../../src/kubectl/printers/render-table.ts';
import { buildTable, DEFAULT_COLUMNS } from '../../../src/kubectl/printers/table.ts';
import type { Pod } from '../../../src/sim/api/types.ts';
import { fixture, frozenNow, golden } from './golden.ts';
import { sampleNamespaces, sampleNode, samplePods } from './sample-cluster.ts';

function podTable(caseName: string, options: TableOptions = {}, pick?: (pods: Pod[]) => Pod[]): string {
  const now = frozenNow(caseName);
  const pods = samplePods(now);
  return renderTable(buildTable(POD_COLUMNS, printPod, pick ? pick(pods) : pods, now), options);
}

describe('kubectl get tables reproduce real kubectl 1.33 output byte for byte', () => {
  it('get-pods.txt', () => expect(podTable('get-pods')).toBe(golden('get-pods.txt')));
  it('get-pods-wide.txt', () => expect(podTable('get-pods-wide', { wide: true })).toBe(golden('get-pods-wide.txt')));
  it('get-pods-all-namespaces.txt: the kube-system mirror pod is the describe fixture', () =>
    expect(podTable('get-pods-all-namespaces', { withNamespace: true }, (p) => [...p, fixture('kube-apiserver-controlplane').pod])).toBe(
      golden('get-pods-all-namespaces.txt'),
    ));
  it('get-pods-show-labels.txt', () => expect(podTable('get-pods-show-labels', { showLabels: true })).toBe(golden('get-pods-show-labels.txt')));
  it('get-pods-label-columns.txt', () => expect(podTable('get-pods-label-columns', { labelColumns: ['app', 'run'] })).toBe(golden('get-pods-label-columns.txt')));
  it('get-pods-no-headers.txt', () => expect(podTable('get-pods-no-headers', { noHeaders: true })).toBe(golden('get-pods-no-headers.txt')));
  it('get-pods-two-names.txt', () =>
    expect(podTable('get-pods-two-names', {}, (p) => p.filter((x) => ['nginx', 'web-logger'].includes(x.metadata.name!)))).toBe(golden('get-pods-two-names.txt')));
  it('get-pod-nginx.txt', () => expect(podTable('get-pod-nginx', {}, (p) => p.filter((x) => x.metadata.name === 'nginx'))).toBe(golden('get-pod-nginx.txt')));
  it('get-pods-sort-by-creation.txt', () =>
    expect(podTable('get-pods-sort-by-creation', {}, (p) => [...p].sort((a, b) => Date.parse(a.metadata.creationTimestamp!) - Date.parse(b.metadata.creationTimestamp!)))).toBe(
      golden('get-pods-sort-by-creation.txt'),
    ));
  it('get-all.txt', () => expect(podTable('get-all', { withKind: 'pod' })).toBe(golden('get-all.txt')));

  it('get-pods-and-nodes.txt: one table per kind, separated by a blank line', () => {
    const now = frozenNow('get-pods-and-nodes');
    const pods = renderTable(buildTable(POD_COLUMNS, printPod, samplePods(now), now), { withKind: 'pod' });
    const nodes = renderTable(buildTable(NODE_COLUMNS, printNode, [sampleNode()], now), { withKind: 'node' });
    expect(`${pods}\n${nodes}`).toBe(golden('get-pods-and-nodes.txt'));
  });

  it('get-nodes.txt and get-nodes-wide.txt', () => {
    const now = frozenNow('get-nodes');
    expect(renderTable(buildTable(NODE_COLUMNS, printNode, [sampleNode()], now))).toBe(golden('get-nodes.txt'));
    expect(renderTable(buildTable(NODE_COLUMNS, printNode, [sampleNode()], now), { wide: true })).toBe(golden('get-nodes-wide.txt'));
  });

  it('get-namespaces.txt', () => {
    const now = frozenNow('get-namespaces');
    expect(renderTable(buildTable(NAMESPACE_COLUMNS, printNamespace, sampleNamespaces(now), now))).toBe(golden('get-namespaces.txt'));
  });

  it('plain-get-*.txt: NAME and AGE when the server has no printer for the kind', () => {
    for (const [name, options, pick] of [
      ['plain-get-pods', {}, undefined],
      ['plain-get-pods-wide', { wide: true }, undefined],
      ['plain-get-pods-show-labels', { showLabels: true }, undefined],
      ['plain-get-pod-nginx', {}, (p: Pod[]) => p.filter((x) => x.metadata.name === 'nginx')],
    ] as const) {
      const now = frozenNow(name);
      const pods = samplePods(now);
      expect(renderTable(buildTable(DEFAULT_COLUMNS, printDefault, pick ? pick(pods) : pods, now), options), name).toBe(golden(`${name}.txt`));
    }
    const now = frozenNow('plain-get-nodes');
    expect(renderTable(buildTable(DEFAULT_COLUMNS, printDefault, [sampleNode()], now))).toBe(golden('plain-get-nodes.txt'));
  });
});
