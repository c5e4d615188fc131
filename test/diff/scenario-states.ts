// Curriculum scenarios: pods the lessons talk about, each looked at several times as it moves
// through its life (a crash loop at several points of the back-off, an OOM kill, image pull
// back-off, init containers, Pending, termination, multi-container pods, failing probes).

import { Machine } from '../../src/machine/machine.ts';
import { isStatus } from '../../src/sim/api/errors.ts';
import type { DiffState } from './diff-state.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));

interface Scenario {
  name: string;
  pods: unknown[];
  /** When to look, in virtual seconds after the pods were created. */
  looks: number[];
  /** Run after the pods exist, before the first look. */
  then?: (m: Machine) => Promise<void>;
}

const c = (name: string, image: string, extra: Record<string, unknown> = {}) => ({ name, image, ...extra });
const pod = (name: string, spec: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, ...meta }, spec,
});
const sh = (script: string) => ({ command: ['sh', '-c', script] });

export const SCENARIOS: Scenario[] = [
  {
    name: 'crash loop',
    pods: [pod('crash', { containers: [c('app', 'busybox', sh('echo starting; echo failing >&2; exit 1'))] })],
    looks: [0, 2, 8, 12, 25, 45, 70, 150, 320, 640],
  },
  {
    name: 'crash loop, exit 3 after a while',
    pods: [pod('late-crash', { containers: [c('app', 'busybox:1.36', sh('echo up; sleep 20; echo bye; exit 3'))] })],
    looks: [1, 15, 30, 60, 200],
  },
  {
    name: 'OOMKilled',
    pods: [pod('memhog', { containers: [c('stress', 'polinux/stress', {
      command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'],
      resources: { limits: { memory: '100Mi' }, requests: { memory: '50Mi' } },
    })] })],
    looks: [1, 10, 30, 90],
  },
  {
    name: 'image pull back-off',
    pods: [pod('typo', { containers: [c('web', 'ngnix:1.27')] }), pod('private', { containers: [c('app', 'registry.example.com/team/app:v2')] })],
    looks: [0, 3, 20, 60, 200],
  },
  {
    name: 'init containers',
    pods: [
      pod('with-init', {
        initContainers: [c('wait', 'busybox', sh('echo waiting; sleep 15; echo ready')), c('setup', 'busybox', sh('echo setup done'))],
        containers: [c('web', 'nginx:1.27')],
      }),
      pod('init-fails', { initContainers: [c('check', 'busybox', sh('echo checking; exit 2'))], containers: [c('app', 'nginx')] }),
    ],
    looks: [0, 5, 18, 40, 120],
  },
  {
    name: 'Pending and FailedScheduling',
    pods: [
      pod('too-big', { containers: [c('app', 'nginx', { resources: { requests: { cpu: '16', memory: '64Gi' } } })] }),
      pod('no-such-node', { nodeSelector: { disktype: 'ssd' }, containers: [c('app', 'nginx')] }),
    ],
    looks: [0, 1, 30, 300],
  },
  {
    name: 'terminating',
    pods: [pod('slow-stop', { terminationGracePeriodSeconds: 60, containers: [c('app', 'busybox', sh('trap "" TERM; while true; do sleep 1; done'))] })],
    looks: [5],
    then: async (m) => {
      await m.advance(10_000);
      m.api.delete({ resource: 'pods', namespace: 'default', name: 'slow-stop' });
    },
  },
  {
    name: 'multi-container',
    pods: [pod('web-logger', {
      containers: [
        c('web', 'nginx:1.27', { ports: [{ containerPort: 80 }] }),
        c('logger', 'busybox', sh('i=0; while true; do echo "tick $i"; i=$((i+1)); sleep 5; done')),
      ],
    }, { labels: { app: 'web', tier: 'frontend' }, annotations: { 'kubectl.kubernetes.io/default-container': 'logger' } })],
    looks: [0, 3, 30, 100],
  },
  {
    name: 'probes failing',
    pods: [
      pod('liveness', { containers: [c('app', 'busybox', {
        ...sh('touch /tmp/healthy; sleep 20; rm -f /tmp/healthy; sleep 600'),
        livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
      })] }),
      pod('readiness', { containers: [c('web', 'nginx', {
        readinessProbe: { httpGet: { path: '/missing', port: 80 }, periodSeconds: 5 },
      })] }),
    ],
    looks: [2, 10, 30, 60, 120],
  },
  {
    name: 'ephemeral debug containers',
    pods: [pod('debugged', { containers: [c('web', 'nginx:1.27')] })],
    looks: [1, 12, 60],
    // What `kubectl debug debugged --image=busybox --target=web -c …` sends, once the pod runs.
    then: async (m) => {
      await m.advance(20_000);
      const add = (ec: Record<string, unknown>) => m.api.patch({
        resource: 'pods', namespace: 'default', name: 'debugged', patchType: 'strategic', subresource: 'ephemeralcontainers',
        body: { spec: { ephemeralContainers: [{ image: 'busybox', resources: {}, terminationMessagePolicy: 'File', ...ec }] } },
        options: { fieldManager: 'kubectl-debug' },
      });
      add({ name: 'shell', stdin: true, tty: true, targetContainerName: 'web' });
      add({ name: 'lister', command: ['ls', '/'], env: [{ name: 'A', value: 'b' }] });
      add({ name: 'sleeper', command: ['sleep', '30'], targetContainerName: 'web', securityContext: { capabilities: { add: ['SYS_PTRACE'] } } });
      add({ name: 'missing', image: 'busybox:no-such-tag' });
    },
  },
  {
    name: 'completed and failed',
    pods: [
      pod('job-ok', { restartPolicy: 'Never', containers: [c('run', 'busybox', sh('echo done'))] }),
      pod('job-fail', { restartPolicy: 'Never', containers: [c('run', 'busybox', sh('echo oops >&2; exit 7'))] }),
      pod('on-failure', { restartPolicy: 'OnFailure', containers: [c('run', 'busybox', sh('echo try; exit 1'))] }),
    ],
    looks: [0, 5, 60],
  },
];

export async function* scenarioStates(): AsyncGenerator<DiffState> {
  for (const s of SCENARIOS) {
    const m = new Machine({ host: { settle } });
    await m.ready;
    for (const body of s.pods) {
      const created = m.api.create({ resource: 'pods', namespace: 'default', body, options: { fieldManager: 'kubectl-create' } });
      if (isStatus(created)) throw new Error(`${s.name}: ${created.message}`);
    }
    if (s.then) await s.then(m);
    let at = 0;
    for (const seconds of s.looks) {
      await m.advance((seconds - at) * 1000);
      at = seconds;
      yield { name: `${s.name} at +${seconds}s`, machine: m };
    }
  }
}
