// The placement lab (lesson 9) on a real Machine: a toleration added in place and node affinity
// instead of a nodeSelector both pass; a toleration without a rule for the node does not.
import { describe, expect, it } from 'vitest';
import { curriculumLab } from './grade.ts';
import { playPath, verdictAfter } from './play.ts';

const failures = (r: { failures: string[]; log: string[] }) => `${r.failures.join('\n')}\n${r.log.join('\n')}`;

const pod = (placement: string) => `apiVersion: v1
kind: Pod
metadata:
  name: metrics-agent
spec:
${placement}  containers:
  - name: agent
    image: busybox
    command: ["sleep", "3600"]
`;

const TOLERATE_ALL = '  tolerations:\n  - operator: Exists\n';
const AFFINITY = `  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - key: kubernetes.io/hostname
            operator: In
            values: [controlplane]
`;

describe('placement', () => {
  const lab = curriculumLab('placement');

  // A merge patch would replace the default tolerations, which only additions may change.
  it('passes with a toleration added to the Pending Pod by a JSON patch', async () => {
    const r = await playPath(lab, [
      { task: 'diagnose', run: 'kubectl get events --field-selector reason=FailedScheduling\nanswer the taint is node-role.kubernetes.io/control-plane' },
      { task: 'place', run: `kubectl patch pod metrics-agent --type=json -p '[{"op":"add","path":"/spec/tolerations/-","value":{"key":"node-role.kubernetes.io/control-plane","operator":"Exists","effect":"NoSchedule"}}]'`, advance: 20_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('passes with node affinity and a toleration of every taint, created under another file name', async () => {
    const r = await playPath(lab, [
      { task: 'diagnose', run: 'answer node-role.kubernetes.io/control-plane' },
      { task: 'place', files: [{ path: 'agent.yaml', content: pod(AFFINITY + TOLERATE_ALL) }], run: 'kubectl delete pod metrics-agent\nkubectl create -f agent.yaml', advance: 20_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('says a toleration alone does not send the Pod to the tainted node', async () => {
    const script = `cat <<'EOF' > agent.yaml\n${pod(TOLERATE_ALL)}EOF\nkubectl delete pod metrics-agent\nkubectl apply -f agent.yaml`;
    const verdict = await verdictAfter(lab, script, 'place');
    expect(verdict).toContain('a toleration lets a Pod onto a tainted node but does not send it there');
  });

  it('says a Pod still Pending needs a toleration', async () => {
    expect(await verdictAfter(lab, 'kubectl get pods', 'place')).toContain('also needs a toleration for its taint');
  });
});
