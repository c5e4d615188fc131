import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/sim/api/types.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01', labels: { 'kubernetes.io/hostname': 'node01' } }, spec: {} } as unknown as KubeObject;

describe('kubectl label messages', () => {
  it.each([
    ['kubectl label node node01 zone=a', 'node/node01 labeled\n'],
    ['kubectl label node node01 disktype-', 'node/node01 unlabeled\n'],
    ['kubectl label node node01 disktype- --overwrite', 'node/node01 labeled\n'],
  ])('%s after disktype=ssd prints %j', async (line, stdout) => {
    const m = kubectlMachine({ now: NOW, objects: [node] });
    await m.run('kubectl label node node01 disktype=ssd');
    expect((await m.run(line)).stdout).toBe(stdout);
  });
});
