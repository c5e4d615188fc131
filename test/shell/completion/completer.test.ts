import { describe, expect, it } from 'vitest';
import { createHostFs } from '../../../src/machine/host-fs.ts';
import { ROOT } from '../../../src/os/fs/cred.ts';
import { complete, createCompleter, type CompletionEnv } from '../../../src/shell/completion/completer.ts';

function env(): CompletionEnv {
  const fs = createHostFs({ hostname: 'controlplane', programs: ['bash', 'cat', 'kubectl', 'kubeadm', 'vi', 'vim', 'nano'], now: () => 0 });
  fs.writeFile('/root/pod.yaml', 'kind: Pod\n');
  fs.writeFile('/root/pod-2.yaml', 'kind: Pod\n');
  fs.writeFile('/root/notes.txt', '');
  fs.writeFile('/root/.hidden', '');
  fs.writeFile('/root/my file.yaml', '');
  fs.mkdir('/root/manifests');
  fs.writeFile('/root/manifests/web.yaml', '');
  fs.writeFile('/root/run.sh', '#!/bin/sh\n', { mode: 0o755 });
  fs.writeFile('/etc/hosts', '127.0.0.1 localhost\n172.30.1.2 controlplane\n172.30.2.2 node01\n');
  const pods: Record<string, string[]> = { default: ['nginx', 'web-logger', 'webapp'], 'kube-system': ['etcd-controlplane', 'kube-apiserver-controlplane'] };
  return {
    fs, cred: ROOT, cwd: () => '/root', home: () => '/root', path: () => '/usr/local/bin:/usr/bin:/bin',
    aliases: () => ({ k: 'kubectl', ll: 'ls -l' }),
    kubectlNames: (type, ns) => (type === 'pods' ? pods[ns ?? 'default'] ?? [] : type === 'namespaces' ? ['default', 'kube-system'] : type === 'nodes' ? ['controlplane', 'node01'] : []),
    kubectlContainers: (pod) => (pod === 'web-logger' ? ['content-writer', 'nginx'] : ['main']),
  };
}

/** [line (cursor at the end), from, candidates]. */
const CASES: [string, number, string[]][] = [
  // command names: PATH executables, builtins, aliases, keywords
  ['kubec', 0, ['kubectl']],
  ['kube', 0, ['kubeadm', 'kubectl']],
  ['ec', 0, ['echo']],
  ['l', 0, ['ll', 'local']],
  ['echo hi | ca', 10, ['case', 'cat']],
  ['sudo na', 5, ['nano']],
  ['./r', 2, ['run.sh']],
  // paths
  ['cat po', 4, ['pod-2.yaml', 'pod.yaml']],
  ['cat n', 4, ['notes.txt']],
  ['cat man', 4, ['manifests/']],
  ['cat manifests/w', 14, ['web.yaml']],
  ['cat ~/man', 6, ['manifests/']],
  ['cat /et', 5, ['etc/']],
  ['cat .h', 4, ['.hidden']],
  ['cat my', 4, ['my\\ file.yaml']],
  ['cat "my', 5, ['my file.yaml']],
  ['cd m', 3, ['manifests/']],
  ['cd p', 3, []],
  ['echo x > no', 9, ['notes.txt']],
  // hosts for ssh, from /etc/hosts
  ['ssh no', 4, ['node01']],
  ['ssh root@c', 9, ['controlplane']],
  // kubectl verbs, types, names
  ['kubectl ge', 8, ['get']],
  ['k des', 2, ['describe']],
  ['kubectl get po', 12, ['pods']],
  ['kubectl get deploy', 12, ['deployments.apps']],
  ['kubectl get pods w', 17, ['web-logger', 'webapp']],
  ['kubectl get pod/w', 12, ['pod/web-logger', 'pod/webapp']],
  ['kubectl get pods -n kube-system kube-a', 32, ['kube-apiserver-controlplane']],
  ['kubectl -n kube-system get pods e', 32, ['etcd-controlplane']],
  ['k describe no ', 14, ['controlplane', 'node01']],
  ['kubectl logs ng', 13, ['nginx']],
  ['kubectl logs web-logger c', 24, ['content-writer']],
  ['kubectl exec web-logger -c ', 27, ['content-writer', 'nginx']],
  ['kubectl logs web-logger --container=co', 36, ['content-writer']],
  ['kubectl get pods -n ', 20, ['default', 'kube-system']],
  ['kubectl get pods --namespace=kube', 29, ['kube-system']],
  ['kubectl get pods -o ', 20, ['custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml']],
  ['kubectl run web --image=nginx -o y', 33, ['yaml']],
  ['kubectl get pods --show-l', 17, ['--show-labels']],
  ['kubectl logs nginx --pre', 19, ['--prefix', '--previous']],
  ['kubectl apply -f ', 17, ['manifests/', 'my\\ file.yaml', 'pod-2.yaml', 'pod.yaml']],
  ['kubectl create dep', 15, ['deployment']],
  ['kubectl rollout st', 16, ['status']],
  ['kubectl top po', 12, ['pod']],
  ['kubectl explain po', 16, ['pods']],
];

describe('Tab completion at the prompt', () => {
  it.each(CASES)('completes %j from %i to %j', async (line, from, candidates) => {
    const got = await complete(env(), line, line.length);
    expect(got.candidates).toEqual(candidates);
    expect(got.from).toBe(from);
  });

  it('completes the word under the cursor, not the end of the line', async () => {
    const line = 'kubectl ge pods';
    const got = await complete(env(), line, 10);
    expect(got).toMatchObject({ from: 8, candidates: ['get'] });
  });

  it('offers short and long flags for a lone dash', async () => {
    const got = await complete(env(), 'kubectl exec nginx -', 20);
    expect(got.candidates).toContain('-c');
    expect(got.candidates).toContain('--container');
    expect(got.candidates).toContain('-n');
  });

  it('gives nothing, rather than files, for a kubectl word it cannot complete', async () => {
    const got = await complete(env(), 'kubectl run ', 12);
    expect(got.candidates).toEqual([]);
  });
});

describe('createCompleter', () => {
  it('answers with no candidates when a cluster lookup fails', async () => {
    const broken = { ...env(), kubectlNames: () => { throw new Error('connection refused'); } };
    const got = await createCompleter(broken)('kubectl get pods n', 18);
    expect(got).toEqual({ from: 18, candidates: [] });
  });
});
