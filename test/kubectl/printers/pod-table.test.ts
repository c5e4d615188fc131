import { describe, expect, it } from 'vitest';
import { printPod } from '../../../src/kubectl/printers/pod-table.ts';
import type { ContainerStatus, Pod, PodCondition } from '../../../src/sim/api/types.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const ago = (s: number) => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

function status(name: string, state: ContainerStatus['state'], extra: Partial<ContainerStatus> = {}): ContainerStatus {
  return { name, image: 'busybox', imageID: '', ready: false, restartCount: 0, state, ...extra };
}

interface Case {
  what: string;
  containers?: string[];
  init?: { name: string; restartPolicy?: string }[];
  phase?: string;
  reason?: string;
  statuses?: ContainerStatus[];
  initStatuses?: ContainerStatus[];
  conditions?: PodCondition[];
  deleting?: boolean;
  want: [ready: string, status: string, restarts: string];
}

const running = { running: { startedAt: ago(60) } };

const CASES: Case[] = [
  { what: 'unscheduled pod', phase: 'Pending', want: ['0/1', 'Pending', '0'] },
  { what: 'scheduling gated', phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }], want: ['0/1', 'SchedulingGated', '0'] },
  { what: 'creating', phase: 'Pending', statuses: [status('c', { waiting: { reason: 'ContainerCreating' } })], want: ['0/1', 'ContainerCreating', '0'] },
  { what: 'running and ready', phase: 'Running', statuses: [status('c', running, { ready: true })], want: ['1/1', 'Running', '0'] },
  { what: 'completed', phase: 'Succeeded', statuses: [status('c', { terminated: { exitCode: 0, reason: 'Completed' } })], want: ['0/1', 'Completed', '0'] },
  { what: 'error exit', phase: 'Failed', statuses: [status('c', { terminated: { exitCode: 1, reason: 'Error' } })], want: ['0/1', 'Error', '0'] },
  { what: 'terminated without reason, by signal', phase: 'Failed', statuses: [status('c', { terminated: { exitCode: 137, signal: 9 } })], want: ['0/1', 'Signal:9', '0'] },
  { what: 'terminated without reason', phase: 'Failed', statuses: [status('c', { terminated: { exitCode: 3 } })], want: ['0/1', 'ExitCode:3', '0'] },
  {
    what: 'crash loop shows restarts with the last restart age',
    phase: 'Running',
    statuses: [status('c', { waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 3, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(45) } } })],
    want: ['0/1', 'CrashLoopBackOff', '3 (45s ago)'],
  },
  {
    what: 'the first container in status order wins',
    containers: ['a', 'b'],
    phase: 'Pending',
    statuses: [status('a', { waiting: { reason: 'ErrImagePull' } }), status('b', { waiting: { reason: 'ContainerCreating' } })],
    want: ['0/2', 'ErrImagePull', '0'],
  },
  {
    what: 'one container completed while another still runs, pod not ready',
    containers: ['a', 'b'],
    phase: 'Running',
    statuses: [status('a', { terminated: { exitCode: 0, reason: 'Completed' } }), status('b', running, { ready: true })],
    conditions: [{ type: 'Ready', status: 'False' }],
    want: ['1/2', 'NotReady', '0'],
  },
  {
    what: 'one container completed while another still runs, pod ready',
    containers: ['a', 'b'],
    phase: 'Running',
    statuses: [status('a', { terminated: { exitCode: 0, reason: 'Completed' } }), status('b', running, { ready: true })],
    conditions: [{ type: 'Ready', status: 'True' }],
    want: ['1/2', 'Running', '0'],
  },
  {
    what: 'init container running',
    init: [{ name: 'i1' }, { name: 'i2' }],
    phase: 'Pending',
    initStatuses: [status('i1', { terminated: { exitCode: 0, reason: 'Completed' } }), status('i2', running)],
    statuses: [status('c', { waiting: { reason: 'PodInitializing' } })],
    want: ['0/1', 'Init:1/2', '0'],
  },
  {
    what: 'init container failed',
    init: [{ name: 'i1' }],
    phase: 'Pending',
    initStatuses: [status('i1', { terminated: { exitCode: 1, reason: 'Error' } }, { restartCount: 2, lastState: { terminated: { exitCode: 1, finishedAt: ago(130) } } })],
    statuses: [status('c', { waiting: { reason: 'PodInitializing' } })],
    want: ['0/1', 'Init:Error', '2 (2m10s ago)'],
  },
  {
    what: 'init container crash looping',
    init: [{ name: 'i1' }],
    phase: 'Pending',
    initStatuses: [status('i1', { waiting: { reason: 'CrashLoopBackOff' } })],
    want: ['0/1', 'Init:CrashLoopBackOff', '0'],
  },
  {
    what: 'init done, app containers initializing',
    init: [{ name: 'i1' }],
    phase: 'Pending',
    initStatuses: [status('i1', { terminated: { exitCode: 0, reason: 'Completed' } })],
    statuses: [status('c', { waiting: { reason: 'PodInitializing' } })],
    want: ['0/1', 'PodInitializing', '0'],
  },
  {
    what: 'a started sidecar counts towards READY',
    init: [{ name: 'proxy', restartPolicy: 'Always' }],
    phase: 'Running',
    initStatuses: [status('proxy', running, { ready: true, started: true, restartCount: 1, lastState: { terminated: { exitCode: 1, finishedAt: ago(30) } } })],
    statuses: [status('c', running, { ready: true })],
    conditions: [{ type: 'Initialized', status: 'True' }],
    want: ['2/2', 'Running', '1 (30s ago)'],
  },
  { what: 'being deleted', phase: 'Running', statuses: [status('c', running, { ready: true })], deleting: true, want: ['1/1', 'Terminating', '0'] },
  { what: 'deleted on a lost node', phase: 'Running', reason: 'NodeLost', deleting: true, want: ['0/1', 'Unknown', '0'] },
  { what: 'evicted', phase: 'Failed', reason: 'Evicted', want: ['0/1', 'Evicted', '0'] },
  { what: 'deleted after it failed stays failed', phase: 'Failed', reason: 'Evicted', deleting: true, want: ['0/1', 'Evicted', '0'] },
];

describe('printPod READY, STATUS and RESTARTS follow the server-side printer', () => {
  it.each(CASES)('$what', (c) => {
    const pod: Pod = {
      metadata: { name: 'p', creationTimestamp: ago(300), ...(c.deleting ? { deletionTimestamp: ago(5) } : {}) },
      spec: { containers: (c.containers ?? ['c']).map((name) => ({ name })), ...(c.init ? { initContainers: c.init } : {}) },
      status: {
        phase: c.phase,
        ...(c.reason ? { reason: c.reason } : {}),
        ...(c.conditions ? { conditions: c.conditions } : {}),
        ...(c.statuses ? { containerStatuses: c.statuses } : {}),
        ...(c.initStatuses ? { initContainerStatuses: c.initStatuses } : {}),
      },
    };
    expect(printPod(pod, NOW).slice(1, 4)).toEqual(c.want);
  });

  it('fills the wide columns, counting true readiness gates', () => {
    const pod: Pod = {
      metadata: { name: 'p', creationTimestamp: ago(10) },
      spec: { containers: [{ name: 'c' }], nodeName: 'node01', readinessGates: [{ conditionType: 'x' }, { conditionType: 'y' }] },
      status: { podIPs: [{ ip: '10.0.0.5' }], conditions: [{ type: 'x', status: 'True' }, { type: 'y', status: 'False' }] },
    };
    expect(printPod(pod, NOW)).toEqual(['p', '0/1', '', '0', '10s', '10.0.0.5', 'node01', '<none>', '1/2']);
  });
});
