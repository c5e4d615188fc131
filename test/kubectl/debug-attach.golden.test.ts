import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { nodeSettle } from '../support/screen.ts';
import { machineKubectl } from '../support/machine-kubectl.ts';

const dir = new URL('../fixtures/kubectl-1.33/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const cases = read('debug-attach-index.tsv').trim().split('\n').map((l) => {
  const [name, status, command] = l.split('\t');
  return { name, status: Number(status), command: command.replace(/^kubectl /, '') };
});

describe('kubectl debug and attach, as real kubectl v1.33.1 answered against podlab serve', () => {
  it('prints the same stdout, stderr and exit status for each case, run in the same order on the same cluster', async () => {
    const m = new Machine({ host: { settle: nodeSettle } });
    await m.ready;
    expect((await machineKubectl(m, 'kubectl run web --image=nginx')).stdout).toBe('pod/web created\n');
    await m.advance(30_000);
    for (const c of cases) {
      const got = await machineKubectl(m, `kubectl ${c.command}`);
      expect({ case: c.name, ...got }).toEqual({ case: c.name, stdout: read(`${c.name}.txt`), stderr: read(`${c.name}.stderr.txt`), status: c.status });
    }
  });
});
