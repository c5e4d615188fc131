// Cluster states from the course's labs: each lab's start state (as the lab panel sets it up),
// a while after it, and its state once the reference solution has run.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Machine } from '../../src/machine/machine.ts';
import { runScript } from '../../src/machine/script-runner.ts';
import { labSetupTarget } from '../../src/machine/lab-target.ts';
import { loadLab } from '../../src/labs/load/load-lab.ts';
import type { Lab } from '../../src/labs/schema/lab-schema.ts';
import { applySetup } from '../../src/labs/setup/apply-setup.ts';
import { verifyLab } from '../../src/labs/verify/verify-lab.ts';
import type { DiffState } from './diff-state.ts';

const root = fileURLToPath(new URL('../../labs/', import.meta.url));
const settle = () => new Promise<void>((r) => setImmediate(r));

export function labs(): Lab[] {
  const out: Lab[] = [];
  for (const id of readdirSync(root).sort()) {
    const file = join(root, id, 'lab.yaml');
    if (!existsSync(file)) continue;
    const loaded = loadLab({
      file, text: readFileSync(file, 'utf8'), folder: id,
      readSibling: (p) => (existsSync(join(root, id, p)) ? readFileSync(join(root, id, p), 'utf8') : undefined),
    });
    if (loaded.ok) out.push(loaded.lab);
  }
  return out;
}

export async function* labStates(): AsyncGenerator<DiffState> {
  for (const lab of labs()) {
    const start = new Machine({ host: { settle } });
    await start.ready;
    const problems = await applySetup(lab, labSetupTarget(start));
    if (problems.length > 0) throw new Error(`lab ${lab.id}: ${problems.join('; ')}`);
    yield { name: `lab ${lab.id}: start`, machine: start };
    for (const seconds of [20, 75, 400]) {
      await start.advance(seconds * 1000);
      yield { name: `lab ${lab.id}: start + ${seconds}s more`, machine: start };
    }
    const solved = new Machine({ host: { settle } });
    await solved.ready;
    const report = await verifyLab(lab, {
      world: solved.labWorld(), setup: labSetupTarget(solved),
      async type(script) {
        let out = '';
        if (script) await runScript(solved, script, (t) => { out += t; });
        return out;
      },
      advance: (ms) => solved.advance(ms),
    });
    if (!report.ok) throw new Error(`lab ${lab.id} does not verify: ${report.failures.join('; ')}`);
    yield { name: `lab ${lab.id}: solved`, machine: solved };
    await solved.advance(90_000);
    yield { name: `lab ${lab.id}: solved + 90s`, machine: solved };
  }
}
