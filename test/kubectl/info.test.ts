import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/sim/api/types.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n';

describe('kubectl version, api-resources, config and auth', () => {
  it('prints client, kustomize and server versions', async () => {
    const m = kubectlMachine({ now: NOW });
    expect((await m.run('kubectl version')).stdout).toBe('Client Version: v1.33.1\nKustomize Version: v5.6.0\nServer Version: v1.33.1\n');
    expect((await m.run('kubectl version --client')).stdout).toBe('Client Version: v1.33.1\nKustomize Version: v5.6.0\n');
  });

  it('lists resources with short names, core group first', async () => {
    const out = (await kubectlMachine({ now: NOW }).run('kubectl api-resources')).stdout;
    const lines = out.split('\n');
    expect(lines[0]).toBe('NAME              SHORTNAMES   APIVERSION   NAMESPACED   KIND');
    expect(lines).toContain('pods              po           v1           true         Pod');
    expect(lines).toContain('deployments       deploy       apps/v1      true         Deployment');
  });

  it('shows the kubeadm admin context and switches namespaces with set-context', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    expect((await m.run('kubectl config current-context')).stdout).toBe('kubernetes-admin@kubernetes\n');
    expect((await m.run('kubectl config get-contexts')).stdout).toBe(
      'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   \n',
    );
    expect((await m.run('kubectl config set-context --current --namespace=kube-system')).stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
    expect((await m.run('kubectl get pods')).stderr).toBe('No resources found in kube-system namespace.\n');
    expect((await m.run('kubectl config view --minify')).stdout).toContain('    namespace: kube-system\n');
    expect((await m.run('kubectl config use-context nope')).stderr).toBe('error: no context exists with the name: "nope"\n');
  });

  it('answers yes for the cluster administrator', async () => {
    expect((await kubectlMachine({ now: NOW }).run('kubectl auth can-i delete pods')).stdout).toBe('yes\n');
  });
});

describe('kubectl wait', () => {
  it('returns as soon as the condition holds and times out with the object named', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    const { proc, stdout } = m.start('kubectl wait --for=condition=Ready pod/web --timeout=60s');
    const done = proc.wait();
    await m.clock.runUntil(NOW + 5000, () => new Promise((r) => setImmediate(r)));
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' }) as Pod;
    m.api.updateStatus({ resource: 'pods', namespace: 'default', name: 'web', body: { ...pod, status: { ...pod.status, phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } } });
    await m.clock.runUntil(NOW + 6000, () => new Promise((r) => setImmediate(r)));
    expect((await done).code).toBe(0);
    expect(stdout.drain()).toBe('pod/web condition met\n');
    expect(m.clock.now()).toBeLessThan(NOW + 7000);
    expect(await m.run('kubectl wait --for=jsonpath={.status.phase}=Failed pod/web --timeout=2s')).toEqual({
      stdout: '', stderr: 'error: timed out waiting for the condition on pods/web\n', status: 1,
    });
    expect((await m.run("kubectl wait --for=jsonpath='{.status.phase}'=Running pod/web")).stdout).toBe('pod/web condition met\n');
  });
});
