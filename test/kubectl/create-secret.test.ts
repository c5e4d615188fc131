import { describe, expect, it } from 'vitest';
import { kubectlMachine } from '../support/kubectl-machine.ts';

// Expected texts are real kubectl v1.33.1 output for the same commands.
const NOW = Date.parse('2026-11-22T03:00:00Z');

describe('kubectl create secret generic', () => {
  it('base64-encodes literals in the dry-run YAML, in key order', async () => {
    const m = kubectlMachine({ now: NOW });
    expect((await m.run("kubectl create secret generic s1 --from-literal=pw='p@ss w' --from-literal=a=b --dry-run=client -o yaml")).stdout)
      .toBe('apiVersion: v1\ndata:\n  a: Yg==\n  pw: cEBzcyB3\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s1\n');
  });

  it('writes type after data in JSON when --type is given', async () => {
    const m = kubectlMachine({ now: NOW });
    expect((await m.run('kubectl create secret generic s1 --from-literal=a=b --type=Opaque --dry-run=client -o json')).stdout).toBe(
      '{\n    "kind": "Secret",\n    "apiVersion": "v1",\n    "metadata": {\n        "name": "s1",\n        "creationTimestamp": null\n    },\n    "data": {\n        "a": "Yg=="\n    },\n    "type": "Opaque"\n}\n',
    );
  });

  it('takes every regular file of a folder and the lines of an env file', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'sd/a.txt': 'x\n', 'sd/b': 'y\n', 'e.env': 'A=1\n# c\nB\n' } });
    m.fs.mkdir('/root/sd/sub');
    expect((await m.run('kubectl create secret generic d --from-file=sd --dry-run=client -o yaml')).stdout)
      .toBe('apiVersion: v1\ndata:\n  a.txt: eAo=\n  b: eQo=\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: d\n');
    expect((await m.run('kubectl create secret generic e --from-env-file=e.env --dry-run=client -o yaml')).stdout)
      .toBe('apiVersion: v1\ndata:\n  A: MQ==\n  B: ""\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: e\n');
  });

  it('creates the Secret, which a pod reads back decoded', async () => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run('kubectl create secret generic db --from-literal=password=s3cr3t')).toEqual({ stdout: 'secret/db created\n', stderr: '', status: 0 });
    expect((await m.run("kubectl get secret db -o jsonpath='{.data.password}'")).stdout).toBe('czNjcjN0');
  });

  it.each([
    ['kubectl create secret generic --from-literal=a=b', "error: exactly one NAME is required, got 0\nSee 'kubectl create secret generic -h' for help and examples\n"],
    ['kubectl create secret generic s3 --from-literal=ab', 'error: invalid literal source ab, expected key=value\n'],
    ['kubectl create secret generic s4 --from-literal=a=b --from-literal=a=c', 'error: cannot add key a, another key by that name already exists\n'],
    ['kubectl create configmap c --from-literal=a=b --from-literal=a=c', 'error: cannot add key "a", another key by that name already exists in Data for ConfigMap "c"\n'],
    ['kubectl create configmap', "error: exactly one NAME is required, got 0\nSee 'kubectl create configmap -h' for help and examples\n"],
  ])('%s fails as kubectl does', async (cmd, stderr) => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run(cmd)).toEqual({ stdout: '', stderr, status: 1 });
  });

  it('prints the secret command group help on stderr and fails without a type', async () => {
    const m = kubectlMachine({ now: NOW });
    const r = await m.run('kubectl create secret');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Create a secret with specified type\.\n[\s\S]*  generic           Create a secret from a local file, directory, or literal value\n/);
  });
});
