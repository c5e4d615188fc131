import { describe, expect, it } from 'vitest';
import { describeNode } from '../../../src/kubectl/printers/describe-node.ts';
import { podRequestsAndLimits } from '../../../src/kubectl/printers/describe/node-resources.ts';
import { formatQuantity } from '../../../src/kubectl/printers/describe/quantity.ts';
import { fixture, frozenNow, golden } from './golden.ts';
import { sampleNode, samplePods } from './sample-cluster.ts';

describe('kubectl describe node reproduces real kubectl 1.33 output byte for byte', () => {
  it('describe-node-controlplane.txt: the node, its lease and the 13 pods bound to it', () => {
    const now = frozenNow('describe-node-controlplane');
    const pods = [...samplePods(now).filter((p) => p.spec.nodeName === 'controlplane'), fixture('kube-apiserver-controlplane').pod];
    const lease = { spec: { holderIdentity: 'controlplane', renewTime: '2026-11-22T02:56:11.000000Z' } };
    expect(describeNode({ node: sampleNode(), pods, events: [], lease }, now)).toBe(golden('describe-node-controlplane.txt'));
  });

  it('says so when pods may not be listed, and shows taints sorted by effect', () => {
    const node = sampleNode();
    node.spec.taints = [
      { key: 'b', effect: 'NoSchedule' },
      { key: 'a', value: 'x', effect: 'NoSchedule' },
      { key: 'z', effect: 'NoExecute' },
    ];
    const text = describeNode({ node, events: [] }, frozenNow('describe-node-controlplane'));
    expect(text).toContain('Taints:             z:NoExecute\n                    a=x:NoSchedule\n                    b:NoSchedule\n');
    expect(text).toContain('Pods:                         not authorized\n');
    expect(text).toContain('  HolderIdentity:  <unset>\n');
  });
});

describe('pod requests and limits', () => {
  it('sums containers and takes the largest init container when it is bigger', () => {
    const { requests, limits } = podRequestsAndLimits({
      metadata: {},
      spec: {
        containers: [
          { name: 'a', resources: { requests: { cpu: '100m', memory: '64Mi' } } },
          { name: 'b', resources: { requests: { cpu: '0.2' }, limits: { memory: '1Gi' } } },
        ],
        initContainers: [{ name: 'i', resources: { requests: { cpu: '1' } } }],
      },
    });
    expect(formatQuantity(requests.get('cpu')!)).toBe('1');
    expect(formatQuantity(requests.get('memory')!)).toBe('64Mi');
    expect(formatQuantity(limits.get('memory')!)).toBe('1Gi');
  });
});
