import { describe, expect, it } from 'vitest';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n';

// Whatever a learner types, kubectl answers with text and an exit status; it never throws.
const LINES = [
  'kubectl', 'kubectl -n', 'kubectl --namespace', 'kubectl get -o', "kubectl get pods -o 'jsonpath={.items[}'", 'kubectl get pods -o go-template={{.x',
  'kubectl get pods -o custom-columns=A', 'kubectl get pods --sort-by={{', 'kubectl get pods -l "a in (b"', 'kubectl get pods --field-selector=nope=1',
  'kubectl get pods/', 'kubectl get /web', 'kubectl get pods,', 'kubectl describe', 'kubectl describe pods/', 'kubectl logs', 'kubectl logs -l app=x web',
  'kubectl logs web --since=abc', 'kubectl logs web --tail=-5', 'kubectl exec', 'kubectl exec web --', 'kubectl run', 'kubectl run x --image=UPPER',
  'kubectl run x --image=nginx --restart=Sometimes', 'kubectl run x --image=nginx --port=http', 'kubectl apply', 'kubectl apply -f', 'kubectl apply -f /',
  'kubectl apply -f empty.yaml', 'kubectl apply -f list.yaml', 'kubectl create -f weird.yaml', 'kubectl delete',
  'kubectl label', 'kubectl label pod web =x', 'kubectl annotate pod web', 'kubectl set image pod/web', 'kubectl wait pod/web', 'kubectl wait --for=bogus pod/web',
  'kubectl wait --for=condition=Ready pod/web --timeout=abc', 'kubectl events --types=Bogus', 'kubectl events --for web', 'kubectl explain', 'kubectl explain pod..spec',
  'kubectl explain pod.spec.containers.image.nope', 'kubectl config', 'kubectl config view -o bogus', 'kubectl config use-context', 'kubectl top', 'kubectl top pod',
  'kubectl port-forward', 'kubectl port-forward web abc', 'kubectl cp', 'kubectl cp a b', 'kubectl edit', 'kubectl edit pod nope', 'kubectl completion zsh',
  'kubectl patch pod web -p', 'kubectl patch pod web -p "{bad"', 'kubectl replace', 'kubectl version -o xml', 'kubectl api-resources -o json', 'kubectl auth can-i',
  'kubectl get pods --show-labels -o yaml', 'kubectl get pods -w --output-watch-events=false -o name --watch-only=false -w=false', 'kubectl delete pods --all --now --force',
];

describe('kubectl on malformed input', () => {
  it('answers every line with text and a status instead of throwing', async () => {
    const m = kubectlMachine({
      now: Date.parse('2026-11-22T03:00:00Z'),
      files: { 'pod.yaml': POD, 'empty.yaml': '# nothing\n', 'list.yaml': 'apiVersion: v1\nkind: List\nitems: []\n', 'weird.yaml': '- a\n- b\n' },
    });
    await m.run('kubectl apply -f pod.yaml');
    for (const line of LINES) {
      const r = await m.run(line);
      expect([0, 1], line).toContain(r.status);
      expect(r.stdout + r.stderr, line).not.toBe('');
    }
  });
});
