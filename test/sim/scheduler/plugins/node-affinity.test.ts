import { describe, it, expect } from 'vitest';
import { NodeAffinity } from '../../../../src/sim/scheduler/plugins/node-affinity.ts';
import type { Affinity, NodeSelectorTerm } from '../../../../src/sim/api/types.ts';
import { info, node, pod, runFilter } from '../support.ts';

const REASON = "node(s) didn't match Pod's node affinity/selector";
const ssd = node('n', { labels: { disktype: 'ssd', cores: '8' } });
const required = (...terms: NodeSelectorTerm[]): Affinity =>
  ({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } });

describe('NodeAffinity filter', () => {
  const cases: { name: string; spec: Parameters<typeof pod>[1]; ok: boolean }[] = [
    { name: 'no selector fits any node', spec: {}, ok: true },
    { name: 'a matching nodeSelector fits', spec: { nodeSelector: { disktype: 'ssd' } }, ok: true },
    { name: 'a nodeSelector with another value does not', spec: { nodeSelector: { disktype: 'hdd' } }, ok: false },
    { name: 'a nodeSelector on a missing label does not', spec: { nodeSelector: { gpu: 'true' } }, ok: false },
    { name: 'In matches', spec: { affinity: required({ matchExpressions: [{ key: 'disktype', operator: 'In', values: ['ssd', 'nvme'] }] }) }, ok: true },
    { name: 'NotIn excludes', spec: { affinity: required({ matchExpressions: [{ key: 'disktype', operator: 'NotIn', values: ['ssd'] }] }) }, ok: false },
    { name: 'DoesNotExist on a missing label matches', spec: { affinity: required({ matchExpressions: [{ key: 'gpu', operator: 'DoesNotExist' }] }) }, ok: true },
    { name: 'Gt compares as integers', spec: { affinity: required({ matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['4'] }] }) }, ok: true },
    { name: 'Lt compares as integers', spec: { affinity: required({ matchExpressions: [{ key: 'cores', operator: 'Lt', values: ['4'] }] }) }, ok: false },
    { name: 'terms are ORed', spec: { affinity: required({ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }, { matchExpressions: [{ key: 'disktype', operator: 'In', values: ['ssd'] }] }) }, ok: true },
    { name: 'expressions in a term are ANDed', spec: { affinity: required({ matchExpressions: [{ key: 'gpu', operator: 'Exists' }, { key: 'disktype', operator: 'In', values: ['ssd'] }] }) }, ok: false },
    { name: 'an empty term matches nothing', spec: { affinity: required({}) }, ok: false },
    { name: 'matchFields on metadata.name', spec: { affinity: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n'] }] }) }, ok: true },
    { name: 'nodeSelector and affinity must both hold', spec: { nodeSelector: { disktype: 'hdd' }, affinity: required({ matchExpressions: [{ key: 'disktype', operator: 'Exists' }] }) }, ok: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = runFilter(NodeAffinity, pod('p', c.spec), info(ssd));
      expect(s).toEqual(c.ok ? expect.objectContaining({ code: 'Success' }) : { code: 'UnschedulableAndUnresolvable', reasons: [REASON] });
    });
  }

  it('adds the weights of the preferred terms a node matches', () => {
    const p = pod('p', { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
      { weight: 10, preference: { matchExpressions: [{ key: 'disktype', operator: 'In', values: ['ssd'] }] } },
      { weight: 5, preference: { matchExpressions: [{ key: 'gpu', operator: 'Exists' }] } },
    ] } } });
    expect(NodeAffinity.score(p, info(ssd), undefined)).toBe(10);
    expect(NodeAffinity.score(p, info(node('plain')), undefined)).toBe(0);
  });
});
