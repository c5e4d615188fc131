import { describe, expect, it } from 'vitest';
import { configHash, decodeStaticPod, generatePodName } from '../../../../src/sim/kubelet/config/decode-static-pod.ts';
import { readStaticPodPath, KUBELET_CONFIG_YAML } from '../../../../src/sim/kubelet/config/kubelet-config.ts';

const AT = Date.UTC(2026, 0, 2, 7, 0, 0);
const WEB = `apiVersion: v1
kind: Pod
metadata:
  name: static-web
  labels:
    role: myrole
spec:
  containers:
  - name: web
    image: nginx
`;

describe('static pod manifests', () => {
  it('name the pod after the node, in lower case', () => {
    expect(generatePodName('static-web', 'My-Node1')).toBe('static-web-my-node1');
  });

  it('get the file source\'s UID, annotations, node and NoExecute toleration, in the default namespace', () => {
    const d = decodeStaticPod(WEB, '/etc/kubernetes/manifests/static-web.yaml', 'node01', AT);
    if (!d.ok) throw new Error(d.message);
    const { pod } = d;
    expect(pod.metadata.name).toBe('static-web-node01');
    expect(pod.metadata.namespace).toBe('default');
    expect(pod.metadata.uid).toMatch(/^[0-9a-f]{32}$/);
    expect(pod.metadata.annotations).toEqual({
      'kubernetes.io/config.hash': pod.metadata.uid,
      'kubernetes.io/config.seen': expect.stringMatching(/^2026-01-02T07:00:00\.000\d{6}Z$/),
      'kubernetes.io/config.source': 'file',
    });
    expect(pod.metadata.labels).toEqual({ role: 'myrole' });
    expect(pod.spec.nodeName).toBe('node01');
    expect(pod.spec.tolerations).toEqual([{ operator: 'Exists', effect: 'NoExecute' }]);
    expect(pod.spec.restartPolicy).toBe('Always');
    expect(pod.spec.containers[0].imagePullPolicy).toBe('Always');
  });

  it('hash the same file on the same node to the same UID, and an edit to a new one', () => {
    const a = decodeStaticPod(WEB, '/m/web.yaml', 'node01', AT);
    const b = decodeStaticPod(WEB, '/m/web.yaml', 'node01', AT + 5000);
    const c = decodeStaticPod(WEB.replace('nginx', 'nginx:1.25'), '/m/web.yaml', 'node01', AT);
    const other = decodeStaticPod(WEB, '/m/web.yaml', 'node02', AT);
    const uid = (x: typeof a) => (x.ok ? x.pod.metadata.uid : x.message);
    expect(uid(a)).toBe(uid(b));
    expect(uid(a)).not.toBe(uid(c));
    expect(uid(a)).not.toBe(uid(other));
    expect(configHash('x')).not.toBe(configHash('y'));
  });

  it.each([
    ['kind: Pod\nmetadata: [', /^error converting YAML to JSON: /],
    ['apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n', /^invalid pod: kind "Service" is not a Pod$/],
    ['name: x\n', /^Object 'Kind' is missing in manifest$/],
    ['apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: nginx\n', /^invalid pod: \[metadata\.name: Required value/],
  ])('reject %j', (text, message) => {
    const d = decodeStaticPod(text, '/m/bad.yaml', 'node01', AT);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(message);
  });
});

describe('kubelet config file', () => {
  it.each([
    [KUBELET_CONFIG_YAML, { path: '/etc/kubernetes/manifests' }],
    ['kind: KubeletConfiguration\nstaticPodPath: /srv/static\n', { path: '/srv/static' }],
    ['kind: KubeletConfiguration\n', { path: undefined }],
    ['kind: [', { error: expect.stringMatching(/^failed to decode kubelet config: /) }],
  ])('reads staticPodPath from %j', (text, want) => {
    expect(readStaticPodPath(text)).toEqual(want);
  });
});
