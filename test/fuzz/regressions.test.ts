// Inputs the fuzzer found that crashed or exhausted the simulator, each pinned to the answer a
// real tool gives instead.

import { describe, expect, it } from 'vitest';
import { kubectlMachine } from '../support/kubectl-machine.ts';
import { shellMachine } from '../support/shell-machine.ts';
import { formatProblem, loadLab } from '../../src/labs/load/load-lab.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');

describe('inputs found by fuzzing', () => {
  it.each(['valueOf', 'constructor', '__proto__'])('a command named like an Object property (%s) is simply not found', async (name) => {
    expect(await shellMachine().run(name)).toEqual({ stdout: '', stderr: `bash: line 1: ${name}: command not found\n`, status: 127 });
  });

  it('kubectl apply refuses a billion-laughs alias bomb as go-yaml does', async () => {
    const bomb = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: bomb', 'data:', '  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      '  a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]', '  a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]', ''].join('\n');
    const m = kubectlMachine({ now: NOW });
    expect(await m.run(['kubectl', 'apply', '-f', '-'], bomb)).toEqual({
      stdout: '', stderr: 'error: error parsing STDIN: error converting YAML to JSON: yaml: document contains excessive aliasing\n', status: 1,
    });
  });

  it('a pipeline fork bomb meets the process bound: fork fails with EAGAIN and the script ends', async () => {
    const m = shellMachine();
    const r = await m.run('f() { f | f; }; f');
    expect(r.status).toBe(126);
    expect(r.stderr.split('\n')[0]).toBe('bash: fork: Resource temporarily unavailable');
  });

  it("busybox sh says can't fork when the bound is reached", async () => {
    const m = shellMachine({ flavour: 'busybox' });
    const r = await m.run('f() { f | f; }; f');
    expect(r.stderr.split('\n')[0]).toBe("sh: can't fork: Resource temporarily unavailable");
  });

  it('a variable doubled in a loop fails to allocate instead of exhausting the tab', async () => {
    const m = shellMachine();
    expect(await m.run('x=a; while true; do x=$x$x; done')).toEqual({
      stdout: '', stderr: 'bash: line 1: xmalloc: cannot allocate 33554433 bytes\n', status: 2,
    });
  });
});

describe('YAML merge keys found by fuzzing', () => {
  it('kubectl apply refuses a merge key whose value is not a mapping, as go-yaml does', async () => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run(['kubectl', 'apply', '-f', '-'], 'base: &a 1\n<<: *a\n')).toEqual({
      stdout: '', stderr: 'error: error parsing STDIN: error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\n', status: 1,
    });
  });
});

describe('deep nesting found by fuzzing', () => {
  const deep = (open: string, close: string, n = 3000) => `${open.repeat(n)}echo x${close.repeat(n)}`;

  it.each([
    ['nested if', deep('if true; then ', '; fi'), 'true'],
    ['nested groups', deep('{ ', '; }'), '{'],
    ['nested command substitutions', deep('$(', ')'), '$($($($($($($($('],
    ['nested arithmetic', deep('$((', '))'), '$(($(($(($(($(($'],
  ])('%s end in a syntax error, not a stack overflow', async (_, script, token) => {
    const r = await shellMachine().run(script);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`bash: -c: line 1: syntax error near unexpected token \`${token}'`);
  });

  it('nested parentheses in arithmetic stop at bash\'s expression recursion level', async () => {
    const r = await shellMachine().run(`echo $((${'('.repeat(3000)}1${')'.repeat(3000)}))`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/expression recursion level exceeded \(error token is/);
  });
});

describe('manifest types found by fuzzing', () => {
  it('an apiVersion that is not a string counts as not set', async () => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run(['kubectl', 'apply', '-f', '-'], '{"apiVersion": -1, "kind": "Pod", "metadata": {"name": "x"}}')).toEqual({
      stdout: '', status: 1,
      stderr: 'error: error validating "STDIN": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
    });
  });
});

describe('lab files found by fuzzing', () => {
  it('a lab file with an alias bomb is refused with a problem, not expanded', () => {
    const text = ['id: x', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', 'a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]',
      'a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]', ''].join('\n');
    const r = loadLab({ file: 'labs/x/lab.yaml', text });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0]!)).toBe('labs/x/lab.yaml:1: not valid YAML: Excessive alias count indicates a resource exhaustion attack');
  });
});

describe('argv and here-documents found by fuzzing', () => {
  it('kubectl edit with an empty resource argument says no name was given', async () => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run(['kubectl', 'edit', ''])).toEqual({ stdout: '', stderr: 'error: resource(s) were provided, but no name was specified\n', status: 1 });
  });

  it('a broken arithmetic expansion in a here-document fails the command with bash\'s message', async () => {
    const r = await shellMachine().run('cat <<EOF\n$(( * ))\nEOF\necho after $?');
    expect(r.stderr).toBe('bash: line 1: *: syntax error: operand expected (error token is "*")\n');
    // As the same expansion in an argument does.
    const inArgument = await shellMachine().run('cat $(( * ))\necho after $?');
    expect({ ...r, stderr: '' }).toEqual({ ...inArgument, stderr: '' });
  });
});

describe('empty paths found by fuzzing', () => {
  it.each(['get', 'describe', 'delete', 'apply'])('kubectl %s -f , names an empty path that does not exist', async (verb) => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run(['kubectl', verb, '-f', ','])).toEqual({ stdout: '', stderr: 'error: the path "" does not exist\n', status: 1 });
  });
});

describe('here-documents without a body found by fuzzing', () => {
  it('a here-document opened inside $( ) that closes first reads as empty', async () => {
    const r = await shellMachine().run('cat <<EOF\n[$(cat <<END)]\nEOF\necho done');
    expect(r.stdout).toBe('[]\ndone\n');
  });
});
