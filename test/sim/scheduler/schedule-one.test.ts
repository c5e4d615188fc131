import { describe, it, expect } from 'vitest';
import { schedulePod, selectHost } from '../../../src/sim/scheduler/schedule-one.ts';
import { DEFAULT_PROFILE } from '../../../src/sim/scheduler/plugins/default-profile.ts';
import type { Pod, Taint } from '../../../src/sim/api/types.ts';
import { bound, container, info, node, pod } from './support.ts';

const CP: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };
const cluster = (onNode01: Pod[] = []) => [
  info(node('controlplane', { taints: [CP], memory: '1880Mi' })),
  info(node('node01', { memory: '1880Mi' }), onNode01.map((p) => bound(p, 'node01'))),
];
const first = () => 0;
const needs = (name: string, requests: Record<string, string>, extra: Partial<Pod['spec']> = {}) =>
  pod(name, { containers: [container('c', requests)], ...extra });

describe('schedulePod', () => {
  it('puts a plain pod on node01, not the tainted control plane', () => {
    expect(schedulePod(DEFAULT_PROFILE, pod('nginx'), cluster(), first)).toMatchObject({ kind: 'scheduled', node: 'node01' });
  });

  it('explains a pod too big for any node exactly as v1.33 does', () => {
    const r = schedulePod(DEFAULT_PROFILE, needs('big', { memory: '10Gi' }), cluster(), first);
    expect(r).toMatchObject({
      kind: 'unschedulable',
      message: '0/2 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. '
        + 'preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.',
    });
  });

  it('says preemption is not helpful when every node fails for an unresolvable reason', () => {
    const r = schedulePod(DEFAULT_PROFILE, pod('p', { nodeSelector: { disktype: 'ssd' } }), cluster(), first);
    expect(r).toMatchObject({
      message: "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. "
        + 'preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    });
  });

  it('reports preemptionPolicy Never as not eligible', () => {
    const r = schedulePod(DEFAULT_PROFILE, needs('big', { memory: '10Gi' }, { preemptionPolicy: 'Never' }), cluster(), first);
    expect(r).toMatchObject({ message: expect.stringMatching(/\. preemption: not eligible due to preemptionPolicy=Never\.$/) });
  });

  it('treats a pod that fails on its own anti-affinity as a preemption candidate without victims', () => {
    const anti = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }] } };
    const r = schedulePod(DEFAULT_PROFILE, pod('web-2', { affinity: anti }, { app: 'web' }), cluster([pod('web-1', { affinity: anti }, { app: 'web' })]), first);
    expect(r).toMatchObject({
      message: "0/2 nodes are available: 1 node(s) didn't match pod anti-affinity rules, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. "
        + 'preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.',
    });
  });

  it('nominates a node and names victims when a higher-priority pod can evict lower ones', () => {
    const low = needs('low', { memory: '1500Mi' });
    const r = schedulePod(DEFAULT_PROFILE, needs('critical', { memory: '1Gi' }, { priority: 2000001000 }), cluster([low]), first);
    expect(r).toMatchObject({ kind: 'unschedulable', message: "0/2 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }." });
    if (r.kind !== 'unschedulable') throw new Error('expected failure');
    expect(r.nominate?.node).toBe('node01');
    expect(r.nominate?.victims.map((p) => p.metadata.name)).toEqual(['low']);
  });

  it('says no nodes are available when the cluster has none', () => {
    expect(schedulePod(DEFAULT_PROFILE, pod('p'), [], first)).toMatchObject({ message: 'no nodes available to schedule pods' });
  });

  it('prefers the emptier of two fitting workers', () => {
    const nodes = [info(node('a'), [bound(needs('x', { cpu: '1500m', memory: '1Gi' }), 'a')]), info(node('b'))];
    expect(schedulePod(DEFAULT_PROFILE, pod('p'), nodes, first)).toMatchObject({ node: 'b' });
  });

  it('honours preferred node affinity over emptiness', () => {
    const p = pod('p', { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['east'] }] } }] } } });
    const nodes = [info(node('a', { labels: { zone: 'east' } }), [bound(needs('x', { cpu: '1', memory: '1Gi' }), 'a')]), info(node('b'))];
    expect(schedulePod(DEFAULT_PROFILE, p, nodes, first)).toMatchObject({ node: 'a' });
  });
});

describe('selectHost', () => {
  const scores = [{ name: 'a', score: 5 }, { name: 'b', score: 9 }, { name: 'c', score: 9 }];
  it('picks the top score', () => expect(selectHost(scores, () => 1)).toBe('b'));
  it('breaks ties with the random pick', () => expect(selectHost(scores, () => 0)).toBe('c'));
});
