import { describe, it, expect } from 'vitest';
import { NodePorts } from '../../../../src/sim/scheduler/plugins/node-ports.ts';
import type { ContainerPort } from '../../../../src/sim/api/types.ts';
import { bound, container, info, node, pod, runFilter } from '../support.ts';

describe('NodePorts', () => {
  const withPort = (name: string, port: ContainerPort) => pod(name, { containers: [container('c', undefined, { ports: [port] })] });
  const cases: { name: string; used: ContainerPort; wanted: ContainerPort; conflict: boolean }[] = [
    { name: 'the same hostPort conflicts', used: { containerPort: 80, hostPort: 8080 }, wanted: { containerPort: 80, hostPort: 8080 }, conflict: true },
    { name: 'another hostPort does not', used: { containerPort: 80, hostPort: 8080 }, wanted: { containerPort: 80, hostPort: 8081 }, conflict: false },
    { name: 'another protocol does not', used: { containerPort: 53, hostPort: 53, protocol: 'UDP' }, wanted: { containerPort: 53, hostPort: 53, protocol: 'TCP' }, conflict: false },
    { name: 'different host IPs do not', used: { containerPort: 80, hostPort: 80, hostIP: '10.0.0.1' }, wanted: { containerPort: 80, hostPort: 80, hostIP: '10.0.0.2' }, conflict: false },
    { name: '0.0.0.0 overlaps a specific IP', used: { containerPort: 80, hostPort: 80, hostIP: '10.0.0.1' }, wanted: { containerPort: 80, hostPort: 80 }, conflict: true },
    { name: 'containerPort alone claims no host port', used: { containerPort: 80 }, wanted: { containerPort: 80 }, conflict: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = runFilter(NodePorts, withPort('p', c.wanted), info(node('n'), [bound(withPort('a', c.used), 'n')]));
      expect(s.reasons).toEqual(c.conflict ? ["node(s) didn't have free ports for the requested pod ports"] : []);
      if (c.conflict) expect(s.code).toBe('Unschedulable');
    });
  }
});
