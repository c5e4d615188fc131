import { describe, expect, it } from 'vitest';
import { labSchema } from '../../../src/labs/schema/lab-schema.ts';
import { startLab } from '../../../src/machine/lab-session.ts';
import type { Node } from '../../../src/sim/api/types.ts';
import { isStatus } from '../../../src/sim/api/errors.ts';

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const lab = (nodes: unknown[]) => labSchema.parse({
  id: 'setup-nodes', title: 'Nodes', summary: 'Nodes with extra labels and taints.', minutes: 1, lesson: '09-scheduling',
  setup: { nodes },
  tasks: [{ id: 'look', title: 'Look', text: 'Look.', checks: [{ kind: 'command', matches: 'kubectl' }] }],
  solution: { steps: [{ task: 'look', run: 'kubectl get nodes' }] },
});

describe('lab setup of nodes', () => {
  it('gives a node its extra labels and taints, after the taints it already has', async () => {
    const { machine, problems } = await startLab(lab([
      { name: 'controlplane', role: 'control-plane', taints: [{ key: 'team', value: 'infra', effect: 'PreferNoSchedule' }] },
      { name: 'node01', labels: { disktype: 'ssd' }, taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] },
    ]), { settle });
    expect(problems).toEqual([]);
    const node01 = machine.api.get<Node>({ resource: 'nodes', name: 'node01' }) as Node;
    expect(isStatus(node01)).toBe(false);
    expect(node01.metadata.labels).toMatchObject({ disktype: 'ssd', 'kubernetes.io/hostname': 'node01' });
    expect(node01.spec.taints).toEqual([{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }]);
    const cp = machine.api.get<Node>({ resource: 'nodes', name: 'controlplane' }) as Node;
    expect(cp.spec.taints).toEqual([
      { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
      { key: 'team', value: 'infra', effect: 'PreferNoSchedule' },
    ]);
  });
});
