import { describe, expect, it } from 'vitest';
import type { KubeObject, Node } from '../../src/sim/api/types.ts';
import { isStatus } from '../../src/sim/api/errors.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const node = (name: string, taints?: Node['spec']['taints']) =>
  ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name } }, spec: taints ? { taints } : {} }) as unknown as KubeObject;
const objects = [node('controlplane', [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]), node('node01')];

describe('kubectl taint', () => {
  it('adds a taint, refuses the same key and effect without --overwrite, and removes it', async () => {
    const m = kubectlMachine({ now: NOW, objects });
    expect(await m.run('kubectl taint nodes node01 dedicated=gpu:NoSchedule')).toEqual({ stdout: 'node/node01 tainted\n', stderr: '', status: 0 });
    expect(await m.run('kubectl taint nodes node01 dedicated=cpu:NoSchedule')).toEqual({
      stdout: '', stderr: 'error: node node01 already has dedicated taint(s) with same effect(s) and --overwrite is false\n', status: 1,
    });
    expect((await m.run('kubectl taint node node01 dedicated=cpu:NoSchedule --overwrite')).stdout).toBe('node/node01 modified\n');
    const got = m.api.get<Node>({ resource: 'nodes', name: 'node01' });
    expect(isStatus(got) ? [] : got.spec.taints).toEqual([{ key: 'dedicated', value: 'cpu', effect: 'NoSchedule' }]);
    expect((await m.run('kubectl taint nodes node01 dedicated-')).stdout).toBe('node/node01 untainted\n');
    expect(await m.run('kubectl taint nodes node01 dedicated-')).toEqual({ stdout: '', stderr: 'error: taint "dedicated" not found\n', status: 1 });
  });

  it('removes the control-plane taint by key and effect', async () => {
    const m = kubectlMachine({ now: NOW, objects });
    expect((await m.run('kubectl taint nodes controlplane node-role.kubernetes.io/control-plane:NoSchedule-')).stdout).toBe('node/controlplane untainted\n');
    const got = m.api.get<Node>({ resource: 'nodes', name: 'controlplane' });
    expect(isStatus(got) ? 'missing' : got.spec.taints).toBeUndefined();
  });

  it.each([
    ['kubectl taint pods web a=b:NoSchedule', 'error: invalid resource type pods, only node types are supported\n'],
    ['kubectl taint nodes node01', 'error: at least one taint update is required\n'],
    ['kubectl taint nodes a=b:NoSchedule', "error: at least one resource name must be specified since 'all' parameter is not set\n"],
    ['kubectl taint nodes a=b:NoSchedule node01', 'error: all resources must be specified before taint changes: node01\n'],
    ['kubectl taint nodes node01 a=b:Sometimes', "error: invalid taint effect: Sometimes, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n"],
    ['kubectl taint nodes node01 a=b:NoSchedule a-', 'error: can not both modify and remove the following taint(s) in the same command: {"a":""}\n'],
    ['kubectl taint nodes nope a=b:NoSchedule', 'Error from server (NotFound): nodes "nope" not found\n'],
  ])('%s fails as kubectl does', async (line, stderr) => {
    const m = kubectlMachine({ now: NOW, objects });
    expect(await m.run(line)).toEqual({ stdout: '', stderr, status: 1 });
  });
});
