import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject } from '../../src/sim/api/types.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';
import { goldenCases } from './golden-cases.ts';
import { fixture } from './printers/golden.ts';
import { sampleNamespaces, sampleNode, samplePods } from './printers/sample-cluster.ts';

const cases = goldenCases();

/** The nginx pod exactly as the server returned it, read back from the -o yaml golden. */
function goldenNginx(now: number, caseName: string): KubeObject[] {
  const nginx = parse(cases.get(caseName)!.stdout) as KubeObject;
  return [...sampleCluster(now).filter((o) => o.metadata.name !== 'nginx'), nginx];
}

function sampleCluster(now: number): KubeObject[] {
  return [...sampleNamespaces(now), sampleNode(), ...samplePods(now)];
}

const GET_CASES: [string, (now: number, caseName: string) => KubeObject[]][] = [
  ['get-pods', sampleCluster],
  ['get-pods-wide', sampleCluster],
  ['get-pods-all-namespaces', (now) => [...sampleCluster(now), fixture('kube-apiserver-controlplane').pod]],
  ['get-pods-show-labels', sampleCluster],
  ['get-pods-label-columns', sampleCluster],
  ['get-pods-no-headers', sampleCluster],
  ['get-pods-sort-by-creation', sampleCluster],
  ['get-pods-selector-none', sampleCluster],
  ['get-pods-two-names', sampleCluster],
  ['get-pod-nginx', sampleCluster],
  ['get-pods-and-nodes', sampleCluster],
  ['get-all', sampleCluster],
  ['get-nodes', sampleCluster],
  ['get-nodes-wide', sampleCluster],
  ['get-deployments-empty', sampleCluster],
  ['get-pods-empty-namespace', sampleCluster],
  ['get-namespaces', sampleCluster],
  ['err-get-pod-nope', sampleCluster],
  ['err-get-pods-two-one-missing', sampleCluster],
  ['err-get-podz', sampleCluster],
  ['err-get-pod-nope-yaml', sampleCluster],
  ['err-get-missing-file', sampleCluster],
  ['err-unknown-command', sampleCluster],
  ['err-unknown-flag', sampleCluster],
  ['err-output-format', sampleCluster],
  ['get-pod-phase-jsonpath', sampleCluster],
  ['get-pods-jsonpath-names', sampleCluster],
  ['get-pods-jsonpath-range', sampleCluster],
  ['get-pod-jsonpath-missing-field', sampleCluster],
  ['get-pod-jsonpath-restartcount', sampleCluster],
  ['get-pods-custom-columns', sampleCluster],
  ['get-pods-custom-columns-missing', sampleCluster],
  ['get-pods-name', sampleCluster],
  ['get-pods-go-template', sampleCluster],
  ['get-pod-nginx-yaml', goldenNginx],
  ['get-pod-nginx-json', goldenNginx],
  ['get-pod-nginx-yaml-managed-fields', goldenNginx],
];

describe('kubectl get replays real kubectl 1.33 cases byte for byte', () => {
  for (const [name, objects] of GET_CASES) {
    it(name, async () => {
      const c = cases.get(name)!;
      const m = kubectlMachine({ now: c.now, objects: objects(c.now, name) });
      const result = await m.run(c.command);
      expect(result).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.exitCode });
    });
  }
});
