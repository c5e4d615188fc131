import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/sim/api/types.ts';
import { isStatus } from '../../src/sim/api/errors.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

// Expected texts are real kubectl v1.33.1 output for the same commands.
const NOW = Date.parse('2026-11-22T03:00:00Z');
const POD_YAML = (name: string, spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    run: ${name}\n  name: ${name}\nspec:\n${spec}status: {}\n`;

describe('kubectl run --overrides', () => {
  it.each([
    ['a JSON merge patch replaces lists', `--overrides='{"spec":{"nodeName":"controlplane","containers":[{"name":"o","image":"busybox"}]}}'`,
      '  containers:\n  - image: busybox\n    name: o\n    resources: {}\n  dnsPolicy: ClusterFirst\n  nodeName: controlplane\n  restartPolicy: Always\n'],
    ['a strategic merge patch merges containers by name', `--overrides='{"spec":{"containers":[{"name":"o","args":["x"]}]}}' --override-type=strategic`,
      '  containers:\n  - args:\n    - x\n    image: nginx\n    name: o\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\n'],
    ['a JSON patch', `--overrides='[{"op":"add","path":"/spec/nodeName","value":"x"}]' --override-type=json`,
      '  containers:\n  - image: nginx\n    name: o\n    resources: {}\n  dnsPolicy: ClusterFirst\n  nodeName: x\n  restartPolicy: Always\n'],
  ])('applies %s to the generated pod', async (_name, flags, spec) => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run(`kubectl run o --image=nginx ${flags} --dry-run=client -o yaml`)).toEqual({ stdout: POD_YAML('o', spec), stderr: '', status: 0 });
  });

  it('keeps the patched fields in their order in JSON and drops what the patch nulls', async () => {
    const m = kubectlMachine({ now: NOW });
    const r = await m.run(`kubectl run o3 --image=nginx --overrides='{"spec":{"containers":[{"name":"o3","image":"x","ports":[{"containerPort":80}]}],"restartPolicy":null}}' --dry-run=client -o json`);
    expect(r.stdout).toBe(`{
    "kind": "Pod",
    "apiVersion": "v1",
    "metadata": {
        "name": "o3",
        "creationTimestamp": null,
        "labels": {
            "run": "o3"
        }
    },
    "spec": {
        "containers": [
            {
                "name": "o3",
                "image": "x",
                "ports": [
                    {
                        "containerPort": 80
                    }
                ],
                "resources": {}
            }
        ],
        "dnsPolicy": "ClusterFirst"
    },
    "status": {}
}
`);
  });

  it('creates the overridden pod', async () => {
    const m = kubectlMachine({ now: NOW });
    await m.run(`kubectl run pinned --image=nginx --overrides='{"spec":{"nodeName":"node01"}}'`);
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'pinned' });
    expect(isStatus(pod) ? '' : pod.spec.nodeName).toBe('node01');
  });

  it.each([
    [`--overrides='{bad'`, 'error: Invalid JSON Patch\n'],
    [`--overrides='{}' --override-type=bad`, 'error: invalid override type: bad\n'],
    [`--overrides='[{"op":"bad"}]' --override-type=json`, 'error: Unexpected kind: bad\n'],
  ])('%s fails as kubectl does', async (flags, stderr) => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run(`kubectl run o --image=nginx ${flags} --dry-run=client -o yaml`)).toEqual({ stdout: '', stderr, status: 1 });
  });
});
