import { describe, expect, it } from 'vitest';
import { machineHarness } from '../../scripts/lab-harness.ts';
import { resolveConfig } from '../../src/config/resolve-config.ts';
import { verifyLab } from '../../src/labs/verify/verify-lab.ts';
import { curriculumLab } from '../labs/curriculum/grade.ts';

const machine = (nodes: unknown[]) => {
  const r = resolveConfig({ cluster: { nodes } }, { lessons: ['l'], labs: [] });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config.machine;
};

describe('labs verified on the cluster podlab.config.ts gives', () => {
  it('passes first-pod on bigger nodes with the names it expects', async () => {
    const report = await verifyLab(curriculumLab('first-pod'), machineHarness(machine([{ name: 'controlplane', role: 'control-plane' }, { name: 'node01', cpu: '4', memory: '8Gi' }])).harness);
    expect(report.failures).toEqual([]);
  });

  it('fails first-pod when the worker node it names is renamed, so the build stops', async () => {
    const report = await verifyLab(curriculumLab('first-pod'), machineHarness(machine([{ name: 'controlplane', role: 'control-plane' }, { name: 'worker-a' }])).harness);
    expect(report.ok).toBe(false);
    expect(report.failures.join('\n')).toContain('node01');
  });
});
