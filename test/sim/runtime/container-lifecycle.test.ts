import { describe, it, expect } from 'vitest';
import { makeNode, START } from './harness.ts';

const MiB = 1024 * 1024;

describe('containers as processes', () => {
  it('OOM-kills stress asking for 150M under a 50Mi limit: exit 137, reason OOMKilled', async () => {
    const n = makeNode();
    const sb = await n.pod('memory-hog');
    const exits: string[] = [];
    n.runtime.onContainerExit((id) => exits.push(id));
    const id = await n.run(sb.id, n.config('stress-test', 'polinux/stress', {
      command: ['stress'], args: ['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'], memoryLimitBytes: 50 * MiB,
    }));
    await n.advance(100);
    expect(n.runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 137, reason: 'OOMKilled', startedAt: START, finishedAt: START });
    expect(exits).toEqual([id]);
    expect(n.text(id)).toBe('stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd');
  });

  it('keeps stress running with a 200Mi limit, its memory in use', async () => {
    const n = makeNode();
    const sb = await n.pod('memory-hog');
    const id = await n.run(sb.id, n.config('stress-test', 'polinux/stress', {
      command: ['stress'], args: ['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'], memoryLimitBytes: 200 * MiB,
    }));
    await n.advance(60_000);
    expect(n.runtime.containerStatus(id)?.state).toBe('running');
    expect(n.runtime.memoryUsage(id)).toBeGreaterThanOrEqual(150 * MiB);
  });

  it('fails a missing executable with StartError, exit 128 and containerd\'s message', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const created = await n.runtime.createContainer(sb.id, n.config('app', 'busybox', { command: ['foo'] }));
    if (!created.ok) throw new Error(created.message);
    const started = await n.runtime.startContainer(created.id);
    const message = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown';
    expect(started).toEqual({ ok: false, reason: 'RunContainerError', message });
    expect(n.runtime.containerStatus(created.id)).toMatchObject({ state: 'exited', exitCode: 128, reason: 'StartError', message, startedAt: 0 });
  });

  it('names a missing absolute path the way runc stats it', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const created = await n.runtime.createContainer(sb.id, n.config('app', 'busybox', { command: ['/app/run'] }));
    if (!created.ok) throw new Error(created.message);
    const started = await n.runtime.startContainer(created.id);
    expect(!started.ok && started.message).toContain('exec: "/app/run": stat /app/run: no such file or directory: unknown');
  });

  it('stops with SIGTERM, then SIGKILL once the grace period is over', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('stubborn', 'podlab/script', { args: ['trap:TERM', 'sleep:3600000'] }));
    let done = false;
    const stopping = n.runtime.stopContainer(id, 30_000).then(() => { done = true; });
    await n.advance(29_999);
    expect(n.text(id)).toBe('caught SIGTERM');
    expect(done).toBe(false);
    expect(n.runtime.containerStatus(id)?.state).toBe('running');
    await n.advance(1);
    await stopping;
    expect(n.runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 137, reason: 'Error', finishedAt: START + 30_000 });
  });

  it('leaves pid 1 without a SIGTERM handler running until the SIGKILL, as Linux protects an init', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('plain', 'podlab/script', { args: ['sleep:3600000'] }));
    const stopping = n.runtime.stopContainer(id, 30_000);
    await n.advance(29_000);
    expect(n.runtime.containerStatus(id)?.state).toBe('running');
    await n.advance(1_000);
    await stopping;
    expect(n.runtime.containerStatus(id)).toMatchObject({ exitCode: 137, reason: 'Error', finishedAt: START + 30_000 });
  });

  it('delivers the stop signal to a child process as to any other process', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('c', 'podlab/script', { args: ['sleep:3600000'] }));
    const exec = n.runtime.execSync(id, ['/bin/script', 'sleep:3600000'], 0);
    const child = n.runtime.inspect(id)!.kernel.processes().find((p) => p.pid !== 1)!;
    child.kill('SIGTERM');
    expect(await exec).toEqual({ ok: true, exitCode: 143, output: '' });
  });

  it('reports Completed for exit 0 and Error for a non-zero exit', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const ok = await n.run(sb.id, n.config('ok', 'podlab/script', { args: ['out:done'] }));
    const bad = await n.run(sb.id, n.config('bad', 'podlab/script', { args: ['exit:3'] }));
    await n.advance(0);
    expect(n.runtime.containerStatus(ok)).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(n.runtime.containerStatus(bad)).toMatchObject({ exitCode: 3, reason: 'Error' });
  });

  it('keeps stdout and stderr lines in the order written, each stamped with its virtual time', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('talker', 'podlab/script', { args: ['out:one', 'err:two', 'sleep:1500', 'out:three', 'err:four'] }));
    await n.advance(2000);
    expect(n.runtime.logs(id)).toEqual([
      { time: START, stream: 'stdout', text: 'one' },
      { time: START, stream: 'stderr', text: 'two' },
      { time: START + 1500, stream: 'stdout', text: 'three' },
      { time: START + 1500, stream: 'stderr', text: 'four' },
    ]);
  });

  it('keeps each instance\'s log apart, so the previous one survives a restart', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const first = await n.run(sb.id, n.config('app', 'podlab/script', { args: ['out:first run', 'exit:1'], attempt: 0 }));
    const second = await n.run(sb.id, n.config('app', 'podlab/script', { args: ['out:second run'], attempt: 1 }));
    expect(n.text(first)).toBe('first run');
    expect(n.text(second)).toBe('second run');
    expect(n.runtime.containerStatus(second)?.attempt).toBe(1);
  });

  it('follows new log lines until unsubscribed', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('talker', 'podlab/script', { args: ['sleep:10', 'out:a', 'sleep:10', 'out:b'] }));
    const seen: string[] = [];
    const stop = n.runtime.followLogs(id, (l) => { seen.push(l.text); stop(); });
    await n.advance(100);
    expect(seen).toEqual(['a']);
  });

  it('reads the termination message the process wrote', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('app', 'podlab/script', { args: ['write:/dev/termination-log=Sleep expired', 'exit:1'] }));
    expect(n.runtime.terminationMessage(id)).toBe('Sleep expired');
    expect(n.runtime.containerStatus(id)).toMatchObject({ reason: 'Error', exitCode: 1, message: 'Sleep expired' });
  });

  it('gives ids of 64 hex digits from the seeded random source, the same for the same seed', async () => {
    const a = makeNode(3);
    const b = makeNode(3);
    const ida = await a.run((await a.pod()).id, a.config('x', 'podlab/script'));
    const idb = await b.run((await b.pod()).id, b.config('x', 'podlab/script'));
    expect(ida).toMatch(/^[0-9a-f]{64}$/);
    expect(ida).toBe(idb);
  });

  it('stops every container of a pod and frees its IP when the sandbox stops', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('nginx', 'nginx'));
    await n.runtime.stopPodSandbox(sb.id);
    expect(n.runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 137 });
    expect(n.network.lookup('10.244.1.5')).toBeUndefined();
  });
});

describe('stress without a memory limit', () => {
  it('ends its hogs after --timeout with its success line, without keeping the host busy', async () => {
    const n = makeNode();
    const sb = await n.pod();
    const id = await n.run(sb.id, n.config('cpu', 'polinux/stress', { command: ['stress'], args: ['--cpu', '2', '--vm', '1', '--vm-bytes', '1M', '--timeout', '5s'] }));
    await n.advance(5_000);
    expect(n.runtime.containerStatus(id)).toMatchObject({ state: 'exited', exitCode: 0 });
    expect(n.text(id)).toBe('stress: info: [1] dispatching hogs: 2 cpu, 0 io, 1 vm, 0 hdd\nstress: info: [1] successful run completed in 5s');
  });
});
