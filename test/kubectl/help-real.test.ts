// PodLab's kubectl help beside the real kubectl v1.33.1 run on this machine: usage texts, groups
// run without a subcommand, help topics and unknown commands, compared byte for byte (stdout,
// stderr, exit status). None of these reach a server. Skipped where kubectl.1.33 is not installed.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/kubectl/commands/index.ts';
import { commandPaths } from '../../src/kubectl/help/command-paths.ts';
import { findRealKubectl } from '../diff/real-kubectl.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const binary = findRealKubectl();
const HOME = '/root';

const LINES = [
  'kubectl', 'kubectl --help', 'kubectl help', 'kubectl help -h', 'kubectl help nosuch', 'kubectl help create cm',
  'kubectl help set nosuch', 'kubectl help get --foo', 'kubectl options', 'kubectl options --help',
  'kubectl set', 'kubectl top', 'kubectl auth', 'kubectl config', 'kubectl create secret', 'kubectl config nosuch',
  'kubectl create secret nosuch', 'kubectl top pod -h', 'kubectl gett', 'kubectl conf', 'kubectl optio', 'kubectl ap',
  ...commandPaths(commands()).map((p) => `kubectl ${p.join(' ')} --help`),
];

describe.skipIf(!binary)('kubectl help against the real kubectl v1.33.1', () => {
  it.each(LINES)('%s prints what kubectl.1.33 prints', async (line) => {
    const argv = line.split(' ').slice(1);
    const real = spawnSync(binary!, argv, { env: { HOME, PATH: '', KUBECONFIG: '/nonexistent' }, encoding: 'utf8' });
    const podlab = await kubectlMachine({ now: 0, env: { HOME } }).run(line);
    expect(podlab).toEqual({ stdout: real.stdout, stderr: real.stderr, status: real.status });
  });
});
