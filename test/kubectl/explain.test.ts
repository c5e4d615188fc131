import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indent, wrap } from '../../src/kubectl/explain/wrap.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');

describe('kubectl explain', () => {
  it.each([['pod.spec.containers.livenessProbe'], ['pod.spec.restartPolicy']])('prints %s as real kubectl v1.33.1 does: the field, its type, its own and its type description wrapped line by line, the fields below it', async (field) => {
    const r = await kubectlMachine({ now: NOW }).run(`kubectl explain ${field}`);
    expect(r).toEqual({ stdout: readFileSync(new URL(`../fixtures/kubectl-1.33/explain-${field.replace(/\./g, '-')}.txt`, import.meta.url), 'utf8'), stderr: '', status: 0 });
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

describe('kubectl explain\'s wrap (go-wordwrap, line by line) and sprig indent', () => {
  it.each([
    ['short', 10, 'short'],
    ['aaa bbb ccc', 7, 'aaa bbb\nccc'],
    ['averyveryverylongword and more', 5, 'averyveryverylongword\nand\nmore'],
    ['line one\nline two wraps', 12, 'line one\nline two\nwraps'],
    ['Possible enum values:\n - `"Always"`', 76, 'Possible enum values:\n - `"Always"`'],
  ])('wrap(%j, %i)', (text, width, want) => expect(wrap(text, width)).toBe(want));

  it('indents every line, including the empty one after a final newline', () => expect(indent('a\nb\n', 2)).toBe('  a\n  b\n  '));
});
