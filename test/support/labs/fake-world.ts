// A LabWorld for check and engine tests: a real ApiServer on a virtual clock, files in a map,
// HTTP and container logs answered by functions the test sets, and commands/answers as plain lists.

import { ApiServer } from '../../../src/sim/apiserver/api-server.ts';
import { VirtualClock } from '../../../src/sim/clock.ts';
import { Random } from '../../../src/sim/random.ts';
import type { KubeObject, Pod } from '../../../src/sim/api/types.ts';
import type { AnswerRecord, CommandRecord, HttpResult, HttpSource, LabWorld, LogsResult } from '../../../src/labs/world.ts';

export const START = Date.UTC(2026, 0, 5, 9, 0, 0);
export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class FakeWorld implements LabWorld {
  readonly clock = new VirtualClock(START);
  readonly api = new ApiServer({ clock: this.clock, random: new Random(7) });
  readonly files = new Map<string, string>();
  readonly commandList: CommandRecord[] = [];
  readonly answerList: AnswerRecord[] = [];
  httpHandler: (from: HttpSource, url: string) => HttpResult = () => ({ ok: false, error: 'Failed to connect to localhost port 8080 after 0 ms: Could not connect to server' });
  logsHandler: (namespace: string, pod: string, container: string) => LogsResult = (_ns, pod, container) =>
    ({ ok: false, error: `container "${container}" in pod "${pod}" is waiting to start: ContainerCreating` });
  private changes = 0;

  /** Replaces the cluster's objects (plus the default namespace) exactly as given. */
  setObjects(objects: KubeObject[]): this {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } } as KubeObject;
    const err = this.api.load([ns, ...objects]);
    if (err) throw new Error(err.message);
    this.changes++;
    return this;
  }

  writeFile(path: string, text: string, node = 'controlplane'): this {
    this.files.set(`${node}:${path.replace(/^\/root\//, '')}`, text);
    this.changes++;
    return this;
  }

  run(line: string, exitStatus = 0): this {
    this.commandList.push({ line, exitStatus, at: this.clock.now() });
    this.changes++;
    return this;
  }

  answer(text: string, task?: string): this {
    this.answerList.push({ text, at: this.clock.now(), ...(task ? { task } : {}) });
    this.changes++;
    return this;
  }

  async advance(ms: number): Promise<void> {
    await this.clock.runUntil(this.clock.now() + ms, async () => {});
  }

  readFile(node: string, path: string): string | undefined {
    return this.files.get(`${node}:${path.replace(/^\/root\//, '')}`);
  }

  async http(from: HttpSource, url: string): Promise<HttpResult> {
    return this.httpHandler(from, url);
  }

  async logs(namespace: string, pod: string, container: string): Promise<LogsResult> {
    return this.logsHandler(namespace, pod, container);
  }

  commands(): readonly CommandRecord[] { return this.commandList; }
  answers(): readonly AnswerRecord[] { return this.answerList; }
  now(): number { return this.clock.now(); }
  changeToken(): string { return String(this.changes); }
}

/** A pod as the kubelet would have written it: containers with images, and their statuses. */
export function pod(name: string, options: {
  containers?: { name: string; image: string; memory?: string; command?: string[] }[];
  phase?: string;
  statuses?: Record<string, unknown>[];
  conditions?: Record<string, unknown>[];
  volumes?: Record<string, unknown>[];
} = {}): Pod {
  const containers = (options.containers ?? [{ name: 'app', image: 'nginx' }]).map((c) => ({
    name: c.name, image: c.image, ...(c.command ? { command: c.command } : {}),
    ...(c.memory ? { resources: { limits: { memory: c.memory } } } : {}),
  }));
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: iso(START) },
    spec: { containers, volumes: options.volumes },
    status: { phase: options.phase ?? 'Pending', conditions: options.conditions, containerStatuses: options.statuses },
  } as unknown as Pod;
}

/** A running, ready container status started at `startedAt`. */
export const running = (name: string, startedAt = START, extra: Record<string, unknown> = {}) => ({
  name, ready: true, started: true, restartCount: 0, image: 'x', imageID: '', state: { running: { startedAt: iso(startedAt) } }, ...extra,
});

export const readyConditions = [{ type: 'Ready', status: 'True' }, { type: 'ContainersReady', status: 'True' }, { type: 'Initialized', status: 'True' }, { type: 'PodScheduled', status: 'True' }];
