import { describe, it, expect } from 'vitest';
import { jsonPatch, mergePatch, strategicMergePatch } from '../../../src/sim/apiserver/patch.ts';

const spec = { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }], tolerations: [{ key: 'k' }] };

describe('patches', () => {
  it.each<[string, unknown, unknown]>([
    ['merges by container name', { containers: [{ name: 'b', image: 'z' }] }, { ...spec, containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'z' }] }],
    ['appends an unknown name', { containers: [{ name: 'c', image: 'w' }] }, { ...spec, containers: [...spec.containers, { name: 'c', image: 'w' }] }],
    ['deletes with $patch', { containers: [{ name: 'a', $patch: 'delete' }] }, { ...spec, containers: [{ name: 'b', image: 'y' }] }],
    ['replaces lists without a merge key', { tolerations: [{ key: 'j' }] }, { ...spec, tolerations: [{ key: 'j' }] }],
    ['removes a field set to null', { tolerations: null }, { containers: spec.containers }],
  ])('strategic merge %s', (_n, patch, want) => {
    expect(strategicMergePatch(spec, patch)).toEqual(want);
  });

  it('merge patch replaces lists whole', () => {
    expect(mergePatch(spec, { containers: [{ name: 'b' }] })).toEqual({ ...spec, containers: [{ name: 'b' }] });
  });

  it.each<[string, unknown, unknown]>([
    ['replace', [{ op: 'replace', path: '/containers/0/image', value: 'q' }], { ...spec, containers: [{ name: 'a', image: 'q' }, spec.containers[1]] }],
    ['add to end', [{ op: 'add', path: '/tolerations/-', value: { key: 'z' } }], { ...spec, tolerations: [{ key: 'k' }, { key: 'z' }] }],
    ['remove', [{ op: 'remove', path: '/tolerations' }], { containers: spec.containers }],
  ])('json patch %s', (_n, ops, want) => {
    expect(jsonPatch(spec, ops)).toEqual({ result: want });
  });

  it('json patch fails on a missing path', () => {
    expect(jsonPatch(spec, [{ op: 'replace', path: '/nope', value: 1 }])).toHaveProperty('error');
  });
});
