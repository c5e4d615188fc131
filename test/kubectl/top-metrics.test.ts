import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';
import { machineKubectl } from '../support/machine-kubectl.ts';
import { nodeSettle } from '../support/screen.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeName: node01\n  containers:\n  - name: nginx\n    image: nginx\n';

describe('kubectl top before metrics-server has scraped a pod', () => {
  it('says metrics are not available yet for pods younger than two minutes, as top_pod.go verifyEmptyMetrics does', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD }, metrics: { pods: () => [], nodes: () => [] } });
    expect(await m.run('kubectl top pod')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', status: 0 });
    await m.run('kubectl apply -f pod.yaml');
    expect(await m.run('kubectl top pod')).toEqual({ stdout: '', stderr: 'error: metrics not available yet\n', status: 1 });
    expect(await m.run('kubectl top pod web')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): podmetrics.metrics.k8s.io "default/web" not found\n', status: 1 });
    await m.clock.runUntil(NOW + 150_500, () => Promise.resolve());
    expect((await m.run('kubectl top pod')).stderr).toBe('error: Metrics not available for pod default/web, age: 2m30.5s\n');
  });

  it('answers a node metrics-server knows nothing of with the metrics API\'s NotFound', async () => {
    const m = kubectlMachine({ now: NOW, metrics: { pods: () => [], nodes: () => [] } });
    expect((await m.run('kubectl top node')).stderr).toBe('error: metrics not available yet\n');
    const one = kubectlMachine({ now: NOW, metrics: { pods: () => [], nodes: () => [{ name: 'node01', cpuMillicores: 100, memoryBytes: 1 << 30 }] } });
    expect((await one.run('kubectl top node nope')).stderr).toBe('Error from server (NotFound): nodemetrics.metrics.k8s.io "nope" not found\n');
  });

  it('on the simulated cluster, shows a new pod only after its first metric resolution', async () => {
    const m = new Machine({ host: { settle: nodeSettle } });
    await m.ready;
    await machineKubectl(m, 'kubectl run web --image=nginx');
    expect((await machineKubectl(m, 'kubectl top pod')).stderr).toBe('error: metrics not available yet\n');
    await m.advance(30_000);
    expect((await machineKubectl(m, 'kubectl top pod')).stdout).toMatch(/^NAME   CPU\(cores\)   MEMORY\(bytes\)   \nweb    \d+m +\d+Mi +\n$/);
  });
});
