import { describe, expect, it } from 'vitest';
import { Screen } from '../support/screen.ts';

async function cluster(): Promise<{ s: Screen; step: (keys: string, seconds?: number) => Promise<void> }> {
  const s = new Screen({ cols: 200, rows: 60 });
  await s.machine.ready;
  const step = async (keys: string, seconds = 0) => {
    await s.type(keys);
    if (seconds > 0) {
      await s.machine.clock.runUntil(s.machine.clock.now() + seconds * 1000, () => s.machine.settle());
      await s.settle();
    }
  };
  return { s, step };
}

describe('kubectl debug -it on the terminal', () => {
  it('starts a shell in an ephemeral container that sees the target container\'s processes, and says how to reattach after exit', async () => {
    const { s, step } = await cluster();
    await step('kubectl run web --image=nginx\r', 20);
    await step('kubectl debug -it web --image=busybox --target=web\r', 10);
    const name = /Defaulting debug container name to (debugger-[a-z0-9]{5})\./.exec(s.text())?.[1];
    expect(name).toBeDefined();
    await step('ps\r', 1);
    await step('exit\r', 3);
    expect(s.lines()).toEqual([
      'controlplane:~$ kubectl run web --image=nginx',
      'pod/web created',
      'controlplane:~$ kubectl debug -it web --image=busybox --target=web',
      'Targeting container "web". If you don\'t see processes from this container it may be because the container runtime doesn\'t support this feature.',
      '--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".',
      `Defaulting debug container name to ${name}.`,
      "If you don't see a command prompt, try pressing enter.",
      '/ # ps',
      'PID   USER     TIME  COMMAND',
      '    1 root      0:00 nginx: master process nginx -g daemon off;',
      '   29 101       0:00 nginx: worker process',
      '   30 101       0:00 nginx: worker process',
      '   31 root      0:00 sh',
      '   32 root      0:00 ps',
      '/ # exit',
      `Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach web -c ${name} -i -t' if it is still running`,
      'controlplane:~$ ',
    ]);
  });

  it('survives Ctrl-C on kubectl: the shell keeps running, kubectl attach reaches it again, and its log holds the session', async () => {
    const { s, step } = await cluster();
    await step('kubectl run web --image=nginx\r', 20);
    await step('kubectl debug -it web --image=busybox -c dbg\r', 10);
    await step('sleep 5\r', 1);
    await step('\x03', 6);
    await step('kubectl attach -it web -c dbg\r', 1);
    await step('echo again\r', 1);
    await step('exit\r', 3);
    await step('kubectl logs web -c dbg\r', 1);
    expect(s.lines().slice(5)).toEqual([
      '/ # sleep 5',
      '^C',
      'controlplane:~$ kubectl attach -it web -c dbg',
      "If you don't see a command prompt, try pressing enter.",
      '/ # echo again',
      'again',
      '/ # exit',
      "Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach web -c dbg -i -t' if it is still running",
      'controlplane:~$ kubectl logs web -c dbg',
      '/ # sleep 5',
      '/ # echo again',
      'again',
      '/ # exit',
      'controlplane:~$ ',
    ]);
  });

  it('shows the ephemeral container in describe and in the pod\'s status once it has ended', async () => {
    const { s, step } = await cluster();
    await step('kubectl run web --image=nginx\r', 20);
    await step('kubectl debug web --image=busybox -c probe -- hostname\r', 5);
    await step('kubectl logs web -c probe\r', 1);
    await step('kubectl get pod web -o jsonpath=\'{.status.ephemeralContainerStatuses[0].state.terminated.reason} {.spec.ephemeralContainers[0].name}\'; echo\r', 1);
    const text = s.text();
    expect(text).toContain('controlplane:~$ kubectl logs web -c probe\nweb\n');
    expect(text).toContain('Completed probe\n');
    await step('clear\r');
    await step('kubectl describe pod web | sed -n \'/^Ephemeral Containers:/,/^Conditions:/p\'\r', 1);
    expect(s.lines().slice(1, 6)).toEqual(['Ephemeral Containers:', '  probe:', expect.stringMatching(/^    Container ID:  containerd:\/\/[0-9a-f]{64}$/), '    Image:         busybox', expect.stringMatching(/^    Image ID:      docker.io\/library\/busybox@sha256:/)]);
  });
});

describe('kubectl debug node/NAME and --copy-to', () => {
  it('debugs a node from a pod in its host network with the node\'s root filesystem at /host, left Completed after exit', async () => {
    const { s, step } = await cluster();
    await step('kubectl debug node/node01 -it --image=busybox\r', 15);
    const name = /Creating debugging pod (node-debugger-node01-[a-z0-9]{5}) with container debugger on node node01\./.exec(s.text())?.[1];
    expect(name).toBeDefined();
    await step('test -d /host/etc/kubernetes/manifests && hostname\r', 1);
    await step('exit\r', 3);
    await step('kubectl get pod -o wide --no-headers\r', 1);
    const lines = s.lines();
    expect(lines.slice(4, 7)).toEqual(['/ # test -d /host/etc/kubernetes/manifests && hostname', 'node01', '/ # exit']);
    expect(lines.at(-2)).toMatch(new RegExp(`^${name} +0/1 +Completed +0 +\\d+s +172\\.30\\.2\\.2 +node01 `));
  });

  it('creates a copy of the pod with the debugging container added, beside the original', async () => {
    const { s, step } = await cluster();
    await step('kubectl run web --image=nginx\r', 20);
    await step('kubectl debug web --image=busybox --copy-to=web-copy -c dbg -- sleep 100\r', 10);
    await step('kubectl get pod web-copy -o jsonpath=\'{.spec.containers[*].name} {.spec.shareProcessNamespace} {.status.phase}\'; echo\r', 1);
    expect(s.lines().at(-2)).toBe('web dbg true Running');
  });
});

describe('kubectl attach and run -it on the terminal', () => {
  it('run -it --rm gives a shell in the new pod; leaving it deletes the pod', async () => {
    const { s, step } = await cluster();
    await step('kubectl run -it box --image=busybox --rm --restart=Never -- sh\r', 20);
    await step('echo hi from $(hostname)\r', 1);
    await step('exit\r', 5);
    await step('kubectl get pods\r', 1);
    expect(s.lines()).toEqual([
      'controlplane:~$ kubectl run -it box --image=busybox --rm --restart=Never -- sh',
      "If you don't see a command prompt, try pressing enter.",
      '/ # echo hi from $(hostname)',
      'hi from box',
      '/ # exit',
      'pod "box" deleted',
      'controlplane:~$ kubectl get pods',
      'No resources found in default namespace.',
      'controlplane:~$ ',
    ]);
  });

  it('attach -it reaches the shell a pod was started with; under restartPolicy OnFailure no reattach note follows', async () => {
    const { s, step } = await cluster();
    await step('kubectl run keep --image=busybox --stdin --tty --attach=false -- sh\r', 20);
    await step('kubectl attach -it keep -c keep\r', 1);
    await step('echo attached\r', 1);
    await step('exit\r', 3);
    expect(s.lines().slice(1)).toEqual([
      'pod/keep created',
      'controlplane:~$ kubectl attach -it keep -c keep',
      "If you don't see a command prompt, try pressing enter.",
      '/ # echo attached',
      'attached',
      '/ # exit',
      'controlplane:~$ ',
    ]);
  });
});
