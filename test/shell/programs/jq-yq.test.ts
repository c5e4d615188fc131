import { describe, expect, it } from 'vitest';
import { programMachine } from '../../support/programs/program-machine.ts';

const PODS = JSON.stringify({
  kind: 'List',
  items: [
    { metadata: { name: 'web', labels: { app: 'web' } }, status: { phase: 'Running', podIP: '10.244.1.4' } },
    { metadata: { name: 'db', labels: {} }, status: { phase: 'Pending' } },
  ],
});

async function jq(args: string[], input = PODS) {
  return programMachine().run(['jq', ...args], { stdin: input });
}

describe('jq', () => {
  it.each([
    [['-r', '.items[].metadata.name'], 'web\ndb\n'],
    [['-r', '.items[] | select(.status.phase == "Running") | .metadata.name'], 'web\n'],
    [['.items | length'], '2\n'],
    [['-c', '.items[0].metadata'], '{"name":"web","labels":{"app":"web"}}\n'],
    [['.items[1].status.podIP'], 'null\n'],
    [['-r', '.items[] | "\\(.metadata.name)\\t\\(.status.podIP // "-")"'], 'web\t10.244.1.4\ndb\t-\n'],
    [['-c', '[.items[] | {name: .metadata.name, phase: .status.phase}]'], '[{"name":"web","phase":"Running"},{"name":"db","phase":"Pending"}]\n'],
    [['-c', '.items[0].metadata | keys'], '["labels","name"]\n'],
    [['-c', '.items | map(.metadata.name) | sort'], '["db","web"]\n'],
    [['.kind'], '"List"\n'],
  ])('jq %j', async (args, want) => {
    expect(await jq(args)).toEqual({ stdout: want, stderr: '', status: 0 });
  });

  it('pretty-prints with two-space indents', async () => {
    expect((await jq(['.items[1]'])).stdout).toBe('{\n  "metadata": {\n    "name": "db",\n    "labels": {}\n  },\n  "status": {\n    "phase": "Pending"\n  }\n}\n');
  });

  it("reports runtime errors in jq 1.7's words with exit 5", async () => {
    expect(await jq(['.a.b'], '[1]\n')).toEqual({ stdout: '', stderr: 'jq: error (at <stdin>:1): Cannot index array with "a"\n', status: 5 });
  });

  it('reports a compile error with exit 3', async () => {
    const r = await jq(['.items[']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^jq: error: syntax error, unexpected end of file/);
  });
});

describe('yq', () => {
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: nginx\n      image: nginx:1.27\n      ports:\n        - containerPort: 80\n';

  it('reads a scalar path bare', async () => {
    const m = programMachine({ files: { '/root/pod.yaml': POD } });
    expect(await m.run(['yq', '.spec.containers[0].image', 'pod.yaml'])).toEqual({ stdout: 'nginx:1.27\n', stderr: '', status: 0 });
  });

  it('prints a mapping as YAML, or JSON with -o json', async () => {
    const m = programMachine({ files: { '/root/pod.yaml': POD } });
    expect((await m.run(['yq', '.metadata', 'pod.yaml'])).stdout).toBe('name: web\n');
    expect((await m.run(['yq', '-o', 'json', '.spec.containers[0].ports'], { stdin: POD })).stdout).toBe('[\n  {\n    "containerPort": 80\n  }\n]\n');
  });
});
