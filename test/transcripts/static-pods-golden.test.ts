// The control-plane node's kube-apiserver mirror pod against real kubectl v1.33.1's describe of
// one (test/fixtures/kubectl-1.33/describe-kube-apiserver-controlplane.txt). Values that differ
// by nature (times, hashes, container and image IDs, the image's version and flags, a restart the
// real cluster had) are masked on both sides; every other byte must match.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../support/transcript.ts';

const golden = readFileSync(join(import.meta.dirname, '../fixtures/kubectl-1.33/describe-kube-apiserver-controlplane.txt'), 'utf8');

function mask(text: string): string {
  return text
    .replace(/(Start Time:\s+|Started:\s+|Finished:\s+).*/g, '$1<time>')
    .replace(/(config\.(hash|mirror): )[0-9a-f]{32}/g, '$1<hash>')
    .replace(/(config\.seen: ).*/g, '$1<time>')
    .replace(/containerd:\/\/[0-9a-f]{64}/g, 'containerd://<id>')
    .replace(/kube-apiserver(:|@sha256:)[\w.]+/g, 'kube-apiserver$1<version>')
    .replace(/(\n {4}Command:\n)(?: {6}.*\n)+/, '$1      <flags>\n')
    .replace(/ {4}Last State:.*\n(?: {6}.*\n)+/, '')
    .replace(/(Restart Count:\s+)\d+/, '$1<n>');
}

describe('static control-plane pods', () => {
  it('describe kube-apiserver-controlplane as real kubectl shows a kubeadm mirror pod', async () => {
    const out = await replay('$ kubectl describe pod kube-apiserver-controlplane -n kube-system\n');
    const ours = out.slice(out.indexOf('\n') + 1);
    expect(mask(ours)).toBe(mask(golden));
  });
});
