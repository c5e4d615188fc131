import { describe, it, expect } from 'vitest';
import { InterPodAffinity } from '../../../../src/sim/scheduler/plugins/inter-pod-affinity.ts';
import type { Pod, PodAffinityTerm } from '../../../../src/sim/api/types.ts';
import { bound, info, node, pod, runFilter } from '../support.ts';

const HOST = 'kubernetes.io/hostname';
const term = (app: string, extra: Partial<PodAffinityTerm> = {}): PodAffinityTerm => ({ labelSelector: { matchLabels: { app } }, topologyKey: HOST, ...extra });
const withAffinity = (name: string, app: string, t: PodAffinityTerm) =>
  pod(name, { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [t] } } }, { app });
const withAnti = (name: string, app: string, t: PodAffinityTerm) =>
  pod(name, { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [t] } } }, { app });

/** Filters `p` against n1 (holding `onN1`) and n2 (empty); returns each node's reasons. */
function check(p: Pod, onN1: Pod[]): string[][] {
  const n1 = info(node('n1'), onN1.map((x) => bound(x, 'n1')));
  const n2 = info(node('n2'));
  return [n1, n2].map((n) => runFilter(InterPodAffinity, p, n, [n1, n2]).reasons);
}

describe('InterPodAffinity filter', () => {
  const cases: { name: string; pod: Pod; onN1: Pod[]; want: string[][] }[] = [
    { name: 'affinity keeps the pod next to a matching pod', pod: withAffinity('p', 'web', term('cache')), onN1: [pod('c', {}, { app: 'cache' })],
      want: [[], ["node(s) didn't match pod affinity rules"]] },
    { name: 'affinity with no matching pod anywhere rejects every node', pod: withAffinity('p', 'web', term('cache')), onN1: [],
      want: [["node(s) didn't match pod affinity rules"], ["node(s) didn't match pod affinity rules"]] },
    { name: 'the first pod of a self-affine group may go anywhere', pod: withAffinity('p', 'web', term('web')), onN1: [], want: [[], []] },
    { name: 'anti-affinity keeps the pod away from a matching pod', pod: withAnti('p', 'web', term('web')), onN1: [pod('w1', {}, { app: 'web' })],
      want: [["node(s) didn't match pod anti-affinity rules"], []] },
    { name: "an existing pod's anti-affinity keeps the new pod away", pod: pod('p', {}, { app: 'web' }), onN1: [withAnti('w1', 'db', term('web'))],
      want: [["node(s) didn't satisfy existing pods anti-affinity rules"], []] },
    { name: 'terms look only in the pod\'s own namespace by default', pod: withAnti('p', 'web', term('web')), onN1: [pod('w1', {}, { app: 'web' }, 'other')], want: [[], []] },
    { name: 'listed namespaces widen the scope', pod: withAnti('p', 'web', term('web', { namespaces: ['other'] })), onN1: [pod('w1', {}, { app: 'web' }, 'other')],
      want: [["node(s) didn't match pod anti-affinity rules"], []] },
    { name: 'an empty namespaceSelector means every namespace', pod: withAnti('p', 'web', term('web', { namespaceSelector: {} })), onN1: [pod('w1', {}, { app: 'web' }, 'other')],
      want: [["node(s) didn't match pod anti-affinity rules"], []] },
  ];
  for (const c of cases) it(c.name, () => expect(check(c.pod, c.onN1)).toEqual(c.want));

  it('marks affinity failures unresolvable and anti-affinity failures resolvable', () => {
    const n1 = info(node('n1'), [bound(pod('w1', {}, { app: 'web' }), 'n1')]);
    expect(runFilter(InterPodAffinity, withAffinity('p', 'x', term('cache')), n1).code).toBe('UnschedulableAndUnresolvable');
    expect(runFilter(InterPodAffinity, withAnti('p', 'web', term('web')), n1).code).toBe('Unschedulable');
  });

  it('scores nodes with preferred affinity higher', () => {
    const p = pod('p', { affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 50, podAffinityTerm: term('cache') }] } } });
    const n1 = info(node('n1'), [bound(pod('c', {}, { app: 'cache' }), 'n1')]);
    const n2 = info(node('n2'));
    const state = InterPodAffinity.preScore!(p, [n1, n2], [n1, n2]);
    const raw = [n1, n2].map((n) => InterPodAffinity.score(p, n, state));
    expect(InterPodAffinity.normalize!(raw)).toEqual([100, 0]);
  });
});
