import { describe, it, expect } from 'vitest';
import { computePodQOS } from '../../../src/sim/api/qos.ts';
import type { Container, Pod } from '../../../src/sim/api/types.ts';

const c = (resources: Container['resources']): Container => ({ name: 'c', image: 'x', resources });
const pod = (containers: Container[], initContainers?: Container[]): Pick<Pod, 'spec'> => ({ spec: { containers, initContainers } });

describe('ComputePodQOS', () => {
  it.each<[string, Pick<Pod, 'spec'>, string]>([
    ['no resources', pod([c({})]), 'BestEffort'],
    ['zero quantities are ignored', pod([c({ requests: { cpu: '0' } })]), 'BestEffort'],
    ['only non-cpu/memory resources', pod([c({ requests: { 'ephemeral-storage': '1Gi' } })]), 'BestEffort'],
    ['equal requests and limits for both', pod([c({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } })]), 'Guaranteed'],
    ['equal in different notation', pod([c({ requests: { cpu: '1000m', memory: '1024Mi' }, limits: { cpu: '1', memory: '1Gi' } })]), 'Guaranteed'],
    ['request below limit', pod([c({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } })]), 'Burstable'],
    ['only a memory limit', pod([c({ requests: { memory: '1Gi' }, limits: { memory: '1Gi' } })]), 'Burstable'],
    ['only requests', pod([c({ requests: { cpu: '100m' } })]), 'Burstable'],
    ['one guaranteed and one best-effort container', pod([
      c({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }), c({})]), 'Burstable'],
    ['an init container without limits spoils guaranteed', pod(
      [c({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } })], [c({})]), 'Burstable'],
    ['init container alone gives burstable', pod([c({})], [c({ requests: { memory: '10Mi' } })]), 'Burstable'],
  ])('%s → %s', (_name, p, want) => {
    expect(computePodQOS(p)).toBe(want);
  });

  it('uses pod-level resources alone when they are set', () => {
    const p = pod([c({})]);
    (p.spec as unknown as Record<string, unknown>).resources = { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } };
    expect(computePodQOS(p)).toBe('Guaranteed');
  });
});
