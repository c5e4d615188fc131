import { describe, expect, it } from 'vitest';
import { parseTaints, reorganizeTaints } from '../../../src/kubectl/commands/taint-spec.ts';

const CP = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

describe('kubectl taint arguments', () => {
  it.each([
    [['dedicated=gpu:NoSchedule'], { add: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }], remove: [] }],
    [['gpu:NoExecute', 'dedicated-'], { add: [{ key: 'gpu', effect: 'NoExecute' }], remove: [{ key: 'dedicated', effect: '' }] }],
    [['dedicated:NoSchedule-'], { add: [], remove: [{ key: 'dedicated', effect: 'NoSchedule' }] }],
    [['dedicated=gpu:Never'], { error: 'invalid taint effect: Never, unsupported taint effect' }],
    // Without an effect the whole argument is the key, which is not a valid name.
    [['dedicated=gpu'], { error: "invalid taint spec: dedicated=gpu, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')" }],
    [['gpu'], { error: 'invalid taint spec: gpu' }],
    [['a=b=c:NoSchedule'], { error: 'invalid taint spec: a=b=c:NoSchedule' }],
    [['a:b:NoSchedule'], { error: 'invalid taint spec: a:b:NoSchedule' }],
    [['a=x:NoSchedule', 'a=y:NoSchedule'], { error: 'duplicated taints with the same key and effect: {a y NoSchedule <nil>}' }],
  ])('%j parse as kubectl parses them', (specs, want) => {
    expect(parseTaints(specs)).toEqual(want);
  });
});

describe('a node\'s taints after kubectl taint', () => {
  it.each([
    ['a new taint goes first and is tainted', [CP], false, [{ key: 'gpu', effect: 'NoSchedule' }], [], 'tainted', [{ key: 'gpu', effect: 'NoSchedule' }, CP], []],
    ['removing by key is untainted', [CP], false, [], [{ key: CP.key, effect: '' }], 'untainted', [], []],
    ['replacing with --overwrite is modified', [{ key: 'a', value: 'x', effect: 'NoSchedule' }], true, [{ key: 'a', value: 'y', effect: 'NoSchedule' }], [], 'modified', [{ key: 'a', value: 'y', effect: 'NoSchedule' }], []],
    ['removing a missing taint is an error', [CP], false, [], [{ key: 'gpu', effect: 'NoSchedule' }], 'untainted', [CP], ['taint "gpu:NoSchedule" not found']],
  ])('%s', (_name, old, overwrite, add, remove, operation, taints, errors) => {
    expect(reorganizeTaints(old, overwrite, add, remove)).toEqual({ operation, taints, errors });
  });
});
