import { describe, expect, it } from 'vitest';
import { indent, wrap } from '../../src/kubectl/explain/wrap.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');

describe('kubectl explain', () => {
  it('prints a field with its type, its own and its type description, and the fields below it', async () => {
    const r = await kubectlMachine({ now: NOW }).run('kubectl explain pod.spec.containers.livenessProbe');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(
      'KIND:       Pod\nVERSION:    v1\n\nFIELD: livenessProbe <Probe>\n\n\nDESCRIPTION:\n'
      + '    Periodic probe of container liveness. Container will be restarted if the\n',
    )).toBe(true);
    expect(r.stdout).toContain('    whether it is alive or ready to receive traffic.\n    \nFIELDS:\n  exec\t<ExecAction>\n');
    expect(r.stdout).toContain('  failureThreshold\t<integer>\n');
  });

  it('lists required fields, enums and the whole tree with --recursive', async () => {
    const m = kubectlMachine({ now: NOW });
    expect((await m.run('kubectl explain pods.spec')).stdout).toContain('  containers\t<[]Container> -required-\n');
    expect((await m.run('kubectl explain pods.spec')).stdout).toContain('  restartPolicy\t<string>\n  enum: Always, Never, OnFailure\n');
    const recursive = (await m.run('kubectl explain pod.spec.containers.livenessProbe --recursive')).stdout;
    expect(recursive).toContain('FIELDS:\n  exec\t<ExecAction>\n    command\t<[]string>\n  failureThreshold\t<integer>\n');
  });

  it('reports fields and types that do not exist', async () => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run('kubectl explain pod.spec.nope')).toEqual({ stdout: '', stderr: 'error: field "nope" does not exist\n', status: 1 });
    expect((await m.run('kubectl explain podz')).stderr).toBe('error: the server doesn\'t have a resource type "podz"\n');
  });
});

describe('sprig wrap and indent', () => {
  it.each([
    ['short', 10, 'short'],
    ['aaa bbb ccc', 7, 'aaa bbb\nccc'],
    ['averyveryverylongword and more', 5, 'averyveryverylongword\nand\nmore'],
    ['line one\nline two wraps', 12, 'line\none\nline two\nwraps'],
  ])('wrap(%j, %i)', (text, width, want) => expect(wrap(text, width)).toBe(want));

  it('indents every line, including the empty one after a final newline', () => expect(indent('a\nb\n', 2)).toBe('  a\n  b\n  '));
});
