import { describe, it, expect } from 'vitest';
import { fitErrorMessage } from '../../../../src/sim/scheduler/framework/fit-error.ts';
import { unresolvable, unschedulable, type Status } from '../../../../src/sim/scheduler/framework/status.ts';

const statuses = (entries: [string, Status][]) => new Map(entries);

describe('FitError message', () => {
  it('counts reasons per node and sorts them as strings', () => {
    const m = fitErrorMessage(3, { nodeToStatus: statuses([
      ['a', unschedulable('Insufficient memory')],
      ['b', unresolvable('node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }')],
      ['c', unschedulable('Insufficient cpu', 'Insufficient memory')],
    ]) });
    expect(m).toBe('0/3 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory.');
  });

  it('appends the preemption message as given', () => {
    const m = fitErrorMessage(1, { nodeToStatus: statuses([['a', unschedulable('Insufficient memory')]]), postFilterMsg: 'preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.' });
    expect(m).toBe('0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.');
  });

  it('gives nodes without a status the absent status', () => {
    const m = fitErrorMessage(3, { nodeToStatus: statuses([['a', unresolvable('No preemption victims found for incoming pod')]]), absentStatus: unresolvable('Preemption is not helpful for scheduling') });
    expect(m).toBe('0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.');
  });

  it('prints a pre-filter rejection instead of the node histogram', () => {
    const m = fitErrorMessage(2, { nodeToStatus: statuses([['a', unresolvable('x')]]), preFilterMsg: 'persistentvolumeclaim "data" not found' });
    expect(m).toBe('0/2 nodes are available: persistentvolumeclaim "data" not found.');
  });
});
