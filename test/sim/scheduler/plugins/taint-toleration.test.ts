import { describe, it, expect } from 'vitest';
import { TaintToleration, toleratesTaint } from '../../../../src/sim/scheduler/plugins/taint-toleration.ts';
import type { Taint, Toleration } from '../../../../src/sim/api/types.ts';
import { info, node, pod, runFilter } from '../support.ts';

const CP: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

describe('toleratesTaint', () => {
  const cases: { t: Toleration; taint: Taint; want: boolean }[] = [
    { t: { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }, taint: CP, want: true },
    { t: { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }, taint: CP, want: true },
    { t: { operator: 'Exists' }, taint: CP, want: true },
    { t: { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoExecute' }, taint: CP, want: false },
    { t: { key: 'gpu', value: 'true', effect: 'NoSchedule' }, taint: { key: 'gpu', value: 'true', effect: 'NoSchedule' }, want: true },
    { t: { key: 'gpu', operator: 'Equal', value: 'false', effect: 'NoSchedule' }, taint: { key: 'gpu', value: 'true', effect: 'NoSchedule' }, want: false },
    { t: { key: 'other', operator: 'Exists' }, taint: CP, want: false },
  ];
  cases.forEach((c, i) => it(`case ${i}: ${JSON.stringify(c.t)} ${c.want ? 'tolerates' : 'does not tolerate'} ${c.taint.key}`, () => {
    expect(toleratesTaint(c.t, c.taint)).toBe(c.want);
  }));
});

describe('TaintToleration filter', () => {
  it('rejects the control plane with the untolerated taint and its empty value', () => {
    const s = runFilter(TaintToleration, pod('p'), info(node('controlplane', { taints: [CP] })));
    expect(s).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'] });
  });

  it('prints the taint value when there is one', () => {
    const s = runFilter(TaintToleration, pod('p'), info(node('n', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] })));
    expect(s.reasons).toEqual(['node(s) had untolerated taint {dedicated: gpu}']);
  });

  it('ignores PreferNoSchedule taints when filtering', () => {
    const s = runFilter(TaintToleration, pod('p'), info(node('n', { taints: [{ key: 'soft', effect: 'PreferNoSchedule' }] })));
    expect(s.code).toBe('Success');
  });

  it('lets a pod that tolerates the control-plane taint in', () => {
    const p = pod('p', { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] });
    expect(runFilter(TaintToleration, p, info(node('controlplane', { taints: [CP] }))).code).toBe('Success');
  });

  it('scores a node with an intolerable PreferNoSchedule taint lower', () => {
    const soft = info(node('a', { taints: [{ key: 'soft', effect: 'PreferNoSchedule' }] }));
    const clean = info(node('b'));
    const raw = [soft, clean].map((n) => TaintToleration.score(pod('p'), n, undefined));
    expect(TaintToleration.normalize!(raw)).toEqual([0, 100]);
  });
});
