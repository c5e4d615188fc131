import { describe, expect, it } from 'vitest';
import { Network } from '../../src/os/net.ts';
import type { Pod } from '../../src/sim/api/types.ts';
import { binary } from '../../src/os/exec.ts';
import type { Program } from '../../src/os/process/context.ts';
import { kubectlMachine, settle } from '../support/kubectl-machine.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeName: node01\n  containers:\n  - name: nginx\n    image: nginx\n  - name: side\n    image: busybox\n';

function markRunning(m: ReturnType<typeof kubectlMachine>, name = 'web'): void {
  const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name }) as Pod;
  m.api.updateStatus({ resource: 'pods', namespace: 'default', name, body: { ...pod, status: { ...pod.status, phase: 'Running' } } });
}

describe('kubectl get -w', () => {
  it('prints the current rows, then a row per change with the remembered widths, until interrupted', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    const { proc, stdout } = m.start('kubectl get pods -w');
    await settle();
    await settle();
    expect(stdout.drain()).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    0/2     Pending   0          0s\n');
    await m.clock.runUntil(NOW + 3000, settle);
    markRunning(m);
    await settle();
    expect(stdout.drain()).toBe('web    0/2     Running   0          3s\n');
    m.kernel.kill(proc.pid, 'SIGINT');
    expect((await proc.wait()).signal).toBe('SIGINT');
  });
});

describe('kubectl exec', () => {
  it('defaults the container with a notice, passes the command and exits with its status', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    m.kubelet.execHandler = async (call) => {
      call.streams.stdout.write(`ran ${call.command.join(' ')} in ${call.container}\n`);
      return { exitCode: call.command[0] === 'false' ? 1 : 0 };
    };
    expect(await m.run('kubectl exec web -- ls -l /')).toEqual({
      stdout: 'ran ls -l / in nginx\n', stderr: 'Defaulted container "nginx" out of: nginx, side\n', status: 0,
    });
    expect(await m.run('kubectl exec web -c side -- false')).toEqual({ stdout: 'ran false in side\n', stderr: 'command terminated with exit code 1\n', status: 1 });
    expect((await m.run('kubectl exec web -c nope -- ls')).stderr).toBe('Error from server (BadRequest): container nope is not valid for pod web\n');
    expect((await m.run('kubectl exec web')).stderr).toBe('error: you must specify at least one command for the container\n');
  });

  it('shows the kubelet refusal for a container that is not running', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    m.kubelet.execHandler = async () => ({ apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'InternalError', code: 500, message: 'unable to upgrade connection: container not found ("nginx")' });
    expect((await m.run('kubectl exec web -c nginx -- ls')).stderr).toBe('error: unable to upgrade connection: container not found ("nginx")\n');
  });
});

describe('kubectl port-forward', () => {
  it('forwards a host port to the pod port and notes each connection until interrupted', async () => {
    const network = new Network();
    const hostNet = network.namespace(['172.30.1.2'], 'controlplane');
    const podNet = network.namespace(['192.168.0.4'], 'web');
    podNet.listen(80, { http: async () => ({ status: 200, headers: {}, body: 'hello\n' }) });
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD }, hostNet, kubelet: { portForward: (_ns, _pod, port) => ({ net: podNet, ip: '192.168.0.4', port }) } });
    await m.run('kubectl apply -f pod.yaml');
    expect((await m.run('kubectl port-forward pod/web 8080:80')).stderr).toBe('error: unable to forward port because pod is not running. Current status=Pending\n');
    markRunning(m);
    const { proc, stdout } = m.start('kubectl port-forward pod/web 8080:80');
    await settle();
    expect(stdout.drain()).toBe('Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
    const reply = await hostNet.request('localhost', 8080, { method: 'GET', path: '/', headers: {} });
    expect(reply).toMatchObject({ status: 200, body: 'hello\n' });
    expect(stdout.drain()).toBe('Handling connection for 8080\n');
    m.kernel.kill(proc.pid, 'SIGINT');
    await proc.wait();
    expect(hostNet.listening(8080)).toBeUndefined();
  });
});

describe('kubectl top', () => {
  it('prints usage in millicores and Mi, or says metrics are not available', async () => {
    const m = kubectlMachine({
      now: NOW,
      metrics: { pods: () => [{ namespace: 'default', name: 'web', containers: [{ name: 'nginx', cpuMillicores: 1, memoryBytes: 3.5 * 1024 * 1024 }] }], nodes: () => [] },
    });
    expect((await m.run('kubectl top pods')).stdout).toBe('NAME   CPU(cores)   MEMORY(bytes)   \nweb    1m           3Mi             \n');
    expect((await kubectlMachine({ now: NOW }).run('kubectl top pods')).stderr).toBe('error: Metrics API not available\n');
  });
});

describe('kubectl cp and edit', () => {
  it('copies a file out of and into a container through exec', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD, 'local.txt': 'local\n' } });
    await m.run('kubectl apply -f pod.yaml');
    m.kubelet.execHandler = async (call) => {
      if (call.command[0] === 'cat') call.streams.stdout.write('remote\n');
      return { exitCode: 0 };
    };
    expect((await m.run('kubectl cp web:/etc/motd motd -c nginx')).status).toBe(0);
    expect(m.fs.readFile('/root/motd')).toBe('remote\n');
    expect((await m.run('kubectl cp local.txt web:/tmp/x -c side')).status).toBe(0);
    expect(m.kubelet.execs.at(-1)?.command).toEqual(['sh', '-c', "cat > '/tmp/x'"]);
  });

  it('runs $EDITOR on the object and applies the change, or reports no changes', async () => {
    const sed: Program = async (ctx) => {
      const path = ctx.argv[ctx.argv.length - 1];
      ctx.fs.writeFile(path, ctx.fs.readFile(path).replace('image: busybox', 'image: busybox:1.36'));
      return 0;
    };
    const noop: Program = async () => 0;
    const programs = new Map([['fake-editor', sed], ['true', noop]]);
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD, '/bin/fake-editor': binary('fake-editor'), '/bin/true': binary('true') }, programs });
    await m.run('kubectl apply -f pod.yaml');
    m.env.EDITOR = 'true';
    expect(await m.run('kubectl edit pod web')).toEqual({ stdout: '', stderr: 'Edit cancelled, no changes made.\n', status: 0 });
    m.env.EDITOR = 'fake-editor';
    expect((await m.run('kubectl edit pod/web')).stdout).toBe('pod/web edited\n');
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' }) as Pod;
    expect(pod.spec.containers[1].image).toBe('busybox:1.36');
  });
});

describe('kubectl run --rm -it', () => {
  it('waits for the pod, shows its output, waits for it to finish and deletes it', async () => {
    const m = kubectlMachine({ now: NOW, logs: { 'default/once/once': { current: 'hi\n' } } });
    const { proc, stdout, stderr } = m.start('kubectl run once --image=busybox --rm -it --restart=Never -- echo hi');
    await settle();
    await settle();
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'once' }) as Pod;
    expect(pod.spec.containers[0]).toMatchObject({ args: ['echo', 'hi'], stdin: true, stdinOnce: true, tty: true });
    const finished = { terminated: { exitCode: 3, reason: 'Error', startedAt: '2026-11-22T03:00:01Z', finishedAt: '2026-11-22T03:00:02Z' } };
    m.api.updateStatus({
      resource: 'pods', namespace: 'default', name: 'once',
      body: { ...pod, status: { phase: 'Failed', containerStatuses: [{ name: 'once', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: finished }] } },
    });
    const exit = await proc.wait();
    expect(stdout.drain()).toBe('hi\npod "once" deleted\n');
    expect(stderr.drain()).toBe('pod default/once terminated (Error)\n');
    expect(exit.code).toBe(3);
  });
});
