import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagSpec } from '../../../src/kubectl/cli/flags.ts';
import { levenshtein, suggestionsFor } from '../../../src/kubectl/cli/suggest.ts';

const SPECS: FlagSpec[] = [
  { name: 'namespace', shorthand: 'n', type: 'string' },
  { name: 'stdin', shorthand: 'i', type: 'bool' },
  { name: 'tty', shorthand: 't', type: 'bool' },
  { name: 'tail', type: 'int' },
  { name: 'env', type: 'stringArray' },
  { name: 'label-columns', shorthand: 'L', type: 'stringSlice' },
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
];

describe('pflag parsing', () => {
  it.each([
    ['--namespace=x', 'namespace', 'x'],
    ['--namespace x', 'namespace', 'x'],
    ['-n x', 'namespace', 'x'],
    ['-nx', 'namespace', 'x'],
    ['-n=x', 'namespace', 'x'],
    ['-it', 'tty', true],
    ['--stdin=false', 'stdin', false],
    ['--tail=3', 'tail', 3],
    ['--env A=1 --env B=2', 'env', ['A=1', 'B=2']],
    ['-L app,run -L tier', 'label-columns', ['app', 'run', 'tier']],
    ['--dry-run', 'dry-run', 'unchanged'],
    ['--dry-run=client', 'dry-run', 'client'],
  ])('%s sets %s', (line, name, want) => {
    const r = parseFlags(line.split(' '), SPECS);
    expect(r.ok && r.parsed.values.get(name)).toEqual(want);
  });

  it.each([
    ['--imagee', 'unknown flag: --imagee'],
    ['-x', "unknown shorthand flag: 'x' in -x"],
    ['-ix', "unknown shorthand flag: 'x' in -ix"],
    ['--namespace', 'flag needs an argument: --namespace'],
    ['-n', "flag needs an argument: 'n' in -n"],
    ['--tail=abc', 'invalid argument "abc" for "--tail" flag: strconv.ParseInt: parsing "abc": invalid syntax'],
    ['--stdin=maybe', 'invalid argument "maybe" for "-i, --stdin" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
  ])('%s fails with %s', (line, error) => {
    expect(parseFlags(line.split(' '), SPECS)).toEqual({ ok: false, error });
  });

  it('keeps arguments between flags and everything after --, recording where -- was', () => {
    const r = parseFlags(['pod', '-i', 'x', '--', 'sh', '-c', 'ls --tail'], SPECS);
    expect(r.ok && r.parsed).toEqual({ values: new Map([['stdin', true]]), args: ['pod', 'x', 'sh', '-c', 'ls --tail'], argsLenAtDash: 2 });
  });
});

describe('cobra suggestions', () => {
  it('suggests commands within two edits or sharing the prefix, in kubectl order', () => {
    expect(suggestionsFor('gett', ['create', 'set', 'get', 'delete'])).toEqual(['set', 'get']);
    expect(suggestionsFor('des', ['describe', 'delete', 'get'])).toEqual(['describe', 'get']);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });
});
