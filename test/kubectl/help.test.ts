// kubectl's usage texts: every command PodLab implements prints real kubectl v1.33.1's text
// (src/kubectl/help/kubectl-help.json, captured from the real binary by
// scripts/capture-kubectl-help.ts) for --help, -h and `kubectl help`, with kubectl's streams and
// exit statuses for groups run without a subcommand and for unknown topics.

import { describe, expect, it } from 'vitest';
import data from '../../src/kubectl/help/kubectl-help.json' with { type: 'json' };
import { commands } from '../../src/kubectl/commands/index.ts';
import { commandPaths } from '../../src/kubectl/help/command-paths.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const help: Record<string, string> = data.help;
const paths = commandPaths(commands()).map((p) => p.join(' '));
const GROUPS = ['set', 'top', 'auth', 'config', 'create secret'];

describe('kubectl help data', () => {
  it('holds a captured text for every command path PodLab implements, from kubectl v1.33.1', () => {
    expect(data.version).toBe('v1.33.1');
    expect(paths.filter((p) => help[`kubectl ${p}`] === undefined)).toEqual([]);
    expect(help.kubectl.startsWith('kubectl controls the Kubernetes cluster manager.\n')).toBe(true);
  });
});

describe('kubectl <command> --help', () => {
  it.each(paths)('kubectl %s --help prints real kubectl\'s text on stdout', async (path) => {
    const r = await kubectlMachine({ now: 0 }).run(`kubectl ${path} --help`);
    expect(r).toEqual({ stdout: help[`kubectl ${path}`], stderr: '', status: 0 });
  });

  it.each(paths)('kubectl %s -h prints the same text', async (path) => {
    const r = await kubectlMachine({ now: 0 }).run(`kubectl ${path} -h`);
    expect(r).toEqual({ stdout: help[`kubectl ${path}`], stderr: '', status: 0 });
  });

  it('finds a subcommand by its alias', async () => {
    expect((await kubectlMachine({ now: 0 }).run('kubectl create cm --help')).stdout).toBe(help['kubectl create configmap']);
  });

  it('prints the root help for kubectl alone, -h and --help', async () => {
    const m = kubectlMachine({ now: 0 });
    for (const line of ['kubectl', 'kubectl -h', 'kubectl --help']) {
      expect(await m.run(line)).toEqual({ stdout: help.kubectl, stderr: '', status: 0 });
    }
  });

  it('prints kubectl v1.33.1\'s own wording of get\'s flags', async () => {
    expect((await kubectlMachine({ now: 0 }).run('kubectl get -h')).stdout).toContain(
      '    --ignore-not-found=false:\n\tIf the requested object does not exist the command will return exit code 0.\n',
    );
  });
});

describe('kubectl help <command>', () => {
  it.each(paths)('kubectl help %s prints that command\'s text', async (path) => {
    const r = await kubectlMachine({ now: 0 }).run(`kubectl help ${path}`);
    expect(r).toEqual({ stdout: help[`kubectl ${path}`], stderr: '', status: 0 });
  });

  it('prints the root help for kubectl help alone', async () => {
    expect(await kubectlMachine({ now: 0 }).run('kubectl help')).toEqual({ stdout: help.kubectl, stderr: '', status: 0 });
  });

  it('ignores words after the deepest command it finds, and global flags', async () => {
    const m = kubectlMachine({ now: 0 });
    expect((await m.run('kubectl help set nosuch')).stdout).toBe(help['kubectl set']);
    expect((await m.run('kubectl help -n kube-system get pods')).stdout).toBe(help['kubectl get']);
    expect((await m.run('kubectl help create secret generic')).stdout).toBe(help['kubectl create secret generic']);
  });

  it('prints its own help for kubectl help -h', async () => {
    const r = await kubectlMachine({ now: 0 }).run('kubectl help -h');
    expect(r.stdout).toBe(help['kubectl help']);
    expect(r.stdout.startsWith('Help provides help for any command in the application.\n')).toBe(true);
  });

  it('reports an unknown topic on stderr with the root usage and exits 0', async () => {
    const r = await kubectlMachine({ now: 0 }).run('kubectl help nosuch');
    expect(r).toEqual({ stdout: '', stderr: 'Unknown help topic [`nosuch`]\n' + data.rootUsage, status: 0 });
    expect(data.rootUsage.startsWith('\n\nBasic Commands (Beginner):\n')).toBe(true);
  });

  it('treats a kubectl command PodLab lacks as an unknown topic', async () => {
    const r = await kubectlMachine({ now: 0 }).run('kubectl help rollout status');
    expect(r.stderr.startsWith('Unknown help topic [`rollout` `status`]\n\n\nBasic Commands')).toBe(true);
    expect(r.status).toBe(0);
  });

  it('rejects an unknown flag as kubectl help does', async () => {
    expect(await kubectlMachine({ now: 0 }).run('kubectl help get --foo')).toEqual({
      stdout: '', stderr: "error: unknown flag: --foo\nSee 'kubectl help --help' for usage.\n", status: 1,
    });
  });
});

describe('a command group run without a subcommand', () => {
  it.each(GROUPS)('kubectl %s prints its help on stderr and exits 1', async (group) => {
    const r = await kubectlMachine({ now: 0 }).run(`kubectl ${group}`);
    expect(r).toEqual({ stdout: '', stderr: help[`kubectl ${group}`], status: 1 });
  });

  it.each(GROUPS)('kubectl %s nosuch is an unknown command pointing at -h', async (group) => {
    const r = await kubectlMachine({ now: 0 }).run(`kubectl ${group} nosuch`);
    expect(r).toEqual({ stdout: '', stderr: `error: unknown command "nosuch"\nSee 'kubectl ${group} -h' for help and examples\n`, status: 1 });
  });
});

describe('kubectl options', () => {
  it('prints the global options with the cache folder under HOME', async () => {
    const r = await kubectlMachine({ now: 0 }).run('kubectl options');
    expect(r).toEqual({ stdout: data.options, stderr: '', status: 0 });
    expect(r.stdout).toContain("    --cache-dir='/root/.kube/cache':\n");
    const other = await kubectlMachine({ now: 0, env: { HOME: '/home/ubuntu' } }).run('kubectl options');
    expect(other.stdout).toContain("    --cache-dir='/home/ubuntu/.kube/cache':\n");
  });

  it('prints nothing for its own help, as kubectl does', async () => {
    expect(await kubectlMachine({ now: 0 }).run('kubectl options --help')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await kubectlMachine({ now: 0 }).run('kubectl help options')).toEqual({ stdout: '', stderr: '', status: 0 });
  });
});
