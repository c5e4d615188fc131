import { describe, expect, it } from 'vitest';
import { kubectlMachine } from '../support/kubectl-machine.ts';

describe('kubectl help', () => {
  it('prints a verb help with examples, options and usage for -h and --help', async () => {
    const m = kubectlMachine({ now: 0 });
    const r = await m.run('kubectl logs -h');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('Print the logs for a container in a pod or specified resource.')).toBe(true);
    expect(r.stdout).toContain('Examples:\n  # Return snapshot logs from pod nginx with only one container\n  kubectl logs nginx\n  \n');
    expect(r.stdout).toContain('Options:\n    --all-containers=false:\n\tGet all containers\' logs in the pod(s).\n\n');
    expect(r.stdout).toContain('    -c, --container=\'\':\n\tPrint the logs of this container\n');
    expect(r.stdout.endsWith('Usage:\n  kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n')).toBe(true);
    expect((await m.run('kubectl run --help')).stdout).toContain('  kubectl run -i -t busybox --image=busybox --restart=Never\n');
  });

  it('prints the command list for kubectl alone', async () => {
    const r = await kubectlMachine({ now: 0 }).run('kubectl');
    expect(r.stdout.startsWith('kubectl controls the Kubernetes cluster manager.\n')).toBe(true);
  });
});

describe('kubectl help for verbs without recorded texts', () => {
  it('shows the one-line description and usage', async () => {
    expect((await kubectlMachine({ now: 0 }).run('kubectl describe -h')).stdout).toBe(
      'Show details of a specific resource or group of resources.\n\nUsage:\n  kubectl describe [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n',
    );
  });
});
