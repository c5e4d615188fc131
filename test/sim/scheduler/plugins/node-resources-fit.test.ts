import { describe, it, expect } from 'vitest';
import { NodeResourcesFit } from '../../../../src/sim/scheduler/plugins/node-resources-fit.ts';
import { bound, container, info, node, pod, runFilter } from '../support.ts';

const big = (name: string, requests: Record<string, string>) => pod(name, { containers: [container('c', requests)] });

describe('NodeResourcesFit', () => {
  const cases = [
    { name: 'fits an empty node', node: node('n', { memory: '1Gi' }), bound: [], pod: big('p', { memory: '512Mi' }), want: [] },
    { name: 'rejects memory beyond allocatable', node: node('n', { memory: '1Gi' }), bound: [], pod: big('p', { memory: '2Gi' }), want: ['Insufficient memory'] },
    { name: 'counts the requests of pods already on the node', node: node('n', { memory: '1Gi' }), bound: [bound(big('a', { memory: '600Mi' }), 'n')], pod: big('p', { memory: '500Mi' }), want: ['Insufficient memory'] },
    { name: 'reports cpu and memory together', node: node('n', { cpu: '1', memory: '1Gi' }), bound: [], pod: big('p', { cpu: '2', memory: '2Gi' }), want: ['Insufficient cpu', 'Insufficient memory'] },
    { name: 'fits exactly the free amount', node: node('n', { cpu: '1' }), bound: [bound(big('a', { cpu: '400m' }), 'n')], pod: big('p', { cpu: '600m' }), want: [] },
    { name: 'rejects a full node with Too many pods', node: node('n', { pods: '1' }), bound: [bound(pod('a'), 'n')], pod: pod('p'), want: ['Too many pods'] },
    { name: 'uses the init container maximum', node: node('n', { memory: '100Mi' }), bound: [], pod: pod('p', { initContainers: [container('i', { memory: '200Mi' })], containers: [container('c', { memory: '10Mi' })] }), want: ['Insufficient memory'] },
    { name: 'rejects an extended resource the node lacks', node: node('n'), bound: [], pod: big('p', { 'example.com/gpu': '1' }), want: ['Insufficient example.com/gpu'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = runFilter(NodeResourcesFit, c.pod, info(c.node, c.bound));
      expect(s.reasons).toEqual(c.want);
      expect(s.code).toBe(c.want.length ? 'Unschedulable' : 'Success');
    });
  }

  it('scores the emptier node higher', () => {
    const p = big('p', { cpu: '100m', memory: '100Mi' });
    const empty = info(node('a'));
    const busy = info(node('b'), [bound(big('x', { cpu: '1', memory: '1Gi' }), 'b')]);
    const req = NodeResourcesFit.preScore!(p, [empty, busy], [empty, busy]);
    expect(NodeResourcesFit.score(p, empty, req)).toBeGreaterThan(NodeResourcesFit.score(p, busy, req));
  });
});
