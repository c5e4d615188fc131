import { describe, it, expect } from 'vitest';
import { NodeName } from '../../../../src/sim/scheduler/plugins/node-name.ts';
import { info, node, pod, runFilter } from '../support.ts';

describe('NodeName', () => {
  const cases = [
    { name: 'a pod without nodeName fits any node', spec: {}, want: 'Success' },
    { name: 'a pod naming this node fits it', spec: { nodeName: 'node01' }, want: 'Success' },
    { name: 'a pod naming another node does not', spec: { nodeName: 'other' }, want: 'UnschedulableAndUnresolvable' },
  ];
  for (const c of cases) it(c.name, () => expect(runFilter(NodeName, pod('p', c.spec), info(node('node01')))).toMatchObject({ code: c.want }));
  it("says node(s) didn't match the requested node name", () => {
    expect(runFilter(NodeName, pod('p', { nodeName: 'x' }), info(node('y'))).reasons).toEqual(["node(s) didn't match the requested node name"]);
  });
});
