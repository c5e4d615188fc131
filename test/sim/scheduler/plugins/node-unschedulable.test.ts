import { describe, it, expect } from 'vitest';
import { NodeUnschedulable } from '../../../../src/sim/scheduler/plugins/node-unschedulable.ts';
import { info, node, pod, runFilter } from '../support.ts';

describe('NodeUnschedulable', () => {
  const cases = [
    { name: 'a schedulable node fits', unschedulable: false, tolerations: [], want: [] },
    { name: 'a cordoned node is rejected', unschedulable: true, tolerations: [], want: ['node(s) were unschedulable'] },
    { name: 'a pod tolerating the unschedulable taint may use a cordoned node', unschedulable: true, tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }], want: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = runFilter(NodeUnschedulable, pod('p', { tolerations: c.tolerations }), info(node('n', { unschedulable: c.unschedulable })));
      expect(s.reasons).toEqual(c.want);
      if (c.want.length) expect(s.code).toBe('UnschedulableAndUnresolvable');
    });
  }
});
