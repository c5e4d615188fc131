// `npm run labs:verify`: loads every labs/<id>/lab.yaml, proves each task fails in the start
// state, plays the reference solution through a Machine terminal in virtual time, and proves
// every task then passes. Exits 1 with a clear message on any broken lab.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadLab } from '../src/labs/load/load-lab.ts';
import { verifyLab } from '../src/labs/verify/verify-lab.ts';
import { machineHarness } from './lab-harness.ts';
import { loadSiteConfig } from '../src/config/load-config.ts';

const root = process.argv[2] ?? 'labs';
const only = process.argv.slice(3);
const verbose = process.env.PODLAB_VERIFY_VERBOSE === '1';

// Labs are verified on the cluster the site will give learners (podlab.config.ts).
const site = (await loadSiteConfig()).machine;
let failed = 0;
const ids = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  .filter((id) => only.length === 0 || only.includes(id));
if (ids.length === 0) {
  console.error(`labs:verify: no labs under ${root}/`);
  process.exit(1);
}
for (const id of ids) {
  const file = join(root, id, 'lab.yaml');
  if (!existsSync(file)) {
    console.error(`✗ ${id}: ${file} is missing`);
    failed++;
    continue;
  }
  const loaded = loadLab({
    file, text: readFileSync(file, 'utf8'), folder: id,
    readSibling: (p) => (existsSync(join(root, id, p)) ? readFileSync(join(root, id, p), 'utf8') : undefined),
  });
  if (!loaded.ok) {
    console.error(`✗ ${id}: the lab file is broken`);
    for (const p of loaded.problems) console.error(`    ${formatProblem(p)}`);
    failed++;
    continue;
  }
  const { harness } = machineHarness(site);
  const report = await verifyLab(loaded.lab, harness);
  if (report.ok) console.log(`✓ ${id}: ${loaded.lab.tasks.length} tasks fail at the start and pass after the solution`);
  else {
    failed++;
    console.error(`✗ ${id}:`);
    for (const f of report.failures) console.error(`    ${f.replace(/\n/g, '\n    ')}`);
  }
  if (verbose || !report.ok) for (const l of report.log) console.error(`    · ${l}`);
}
console.log(`${ids.length - failed} of ${ids.length} labs verified`);
process.exit(failed ? 1 : 0);
