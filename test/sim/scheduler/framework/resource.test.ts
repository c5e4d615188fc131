import { describe, it, expect } from 'vitest';
import { podRequests, nonZeroPodRequests } from '../../../../src/sim/scheduler/framework/resource.ts';
import { container, pod } from '../support.ts';

const Mi = 1024 * 1024;

describe('pod requests', () => {
  const cases: { name: string; spec: Parameters<typeof pod>[1]; cpu: number; memory: number }[] = [
    { name: 'sums app containers', spec: { containers: [container('a', { cpu: '100m', memory: '64Mi' }), container('b', { cpu: '200m', memory: '32Mi' })] }, cpu: 300, memory: 96 * Mi },
    { name: 'an init container larger than the app containers sets the request', spec: { initContainers: [container('init', { cpu: '1', memory: '10Mi' })], containers: [container('a', { cpu: '100m', memory: '64Mi' })] }, cpu: 1000, memory: 64 * Mi },
    { name: 'init containers count by their maximum, not their sum', spec: { initContainers: [container('i1', { memory: '50Mi' }), container('i2', { memory: '40Mi' })], containers: [container('a', { memory: '10Mi' })] }, cpu: 0, memory: 50 * Mi },
    { name: 'native sidecars add to the app containers', spec: { initContainers: [container('side', { cpu: '100m', memory: '20Mi' }, { restartPolicy: 'Always' })], containers: [container('a', { cpu: '100m', memory: '10Mi' })] }, cpu: 200, memory: 30 * Mi },
    { name: 'an init container after a sidecar runs beside it', spec: { initContainers: [container('side', { memory: '20Mi' }, { restartPolicy: 'Always' }), container('init', { memory: '50Mi' })], containers: [container('a', { memory: '10Mi' })] }, cpu: 0, memory: 70 * Mi },
    { name: 'containers without requests ask for nothing', spec: { containers: [container('a')] }, cpu: 0, memory: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = podRequests(pod('p', c.spec));
      expect([r.milliCPU, r.memory]).toEqual([c.cpu, c.memory]);
    });
  }

  it('counts a container with no requests as 100m and 200Mi when scoring', () => {
    const r = nonZeroPodRequests(pod('p', { containers: [container('a'), container('b', { cpu: '1' })] }));
    expect([r.milliCPU, r.memory]).toEqual([1100, 400 * Mi]);
  });
});
