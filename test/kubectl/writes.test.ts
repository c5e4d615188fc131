import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/sim/api/types.ts';
import { isStatus } from '../../src/sim/api/errors.ts';
import { kubectlMachine } from '../support/kubectl-machine.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n';

describe('kubectl apply', () => {
  it('creates, then reports unchanged, then configured when the file changes', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    expect(await m.run('kubectl apply -f pod.yaml')).toEqual({ stdout: 'pod/web created\n', stderr: '', status: 0 });
    expect(await m.run('kubectl apply -f pod.yaml')).toEqual({ stdout: 'pod/web unchanged\n', stderr: '', status: 0 });
    m.fs.writeFile('/root/pod.yaml', POD.replace('nginx:1.27', 'nginx:1.28'));
    expect(await m.run('kubectl apply -f pod.yaml')).toEqual({ stdout: 'pod/web configured\n', stderr: '', status: 0 });
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' });
    expect(isStatus(pod) ? '' : pod.spec.containers[0].image).toBe('nginx:1.28');
  });

  it('drops a label the configuration no longer has but keeps labels others added', async () => {
    const twoLabels = POD.replace('    app: web\n', '    app: web\n    tier: fe\n');
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': twoLabels } });
    await m.run('kubectl apply -f pod.yaml');
    expect((await m.run('kubectl label pod web extra=yes')).stdout).toBe('pod/web labeled\n');
    m.fs.writeFile('/root/pod.yaml', POD.replace('    app: web\n', '    tier: fe\n'));
    await m.run('kubectl apply -f pod.yaml');
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' });
    expect(isStatus(pod) ? {} : pod.metadata.labels).toEqual({ tier: 'fe', extra: 'yes' });
  });

  it('warns when the object was created without apply', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl create -f pod.yaml');
    const r = await m.run('kubectl apply -f pod.yaml');
    expect(r.stderr).toBe(
      'Warning: resource pods/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
    );
    expect(r.stdout).toBe('pod/web configured\n');
  });

  it('names the file in a strict decoding error', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD.replace('image:', 'imagee:') } });
    expect(await m.run('kubectl apply -f pod.yaml')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"\n',
      status: 1,
    });
  });

  it('reads -f - from stdin and reports AlreadyExists with the source', async () => {
    const m = kubectlMachine({ now: NOW });
    expect((await m.run('kubectl create -f -', POD)).stdout).toBe('pod/web created\n');
    expect(await m.run('kubectl create -f -', POD)).toEqual({
      stdout: '', stderr: 'Error from server (AlreadyExists): error when creating "STDIN": pods "web" already exists\n', status: 1,
    });
  });

  it('applies every manifest of a folder in name order', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'dir/b.yaml': POD, 'dir/a.yaml': POD.replace(/web/g, 'alpha'), 'dir/notes.txt': 'x' } });
    expect((await m.run('kubectl apply -f dir')).stdout).toBe('pod/alpha created\npod/web created\n');
  });
});

describe('kubectl delete', () => {
  it('prints the v1.33 form without the namespace and waits until the pod is gone', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    const r = await m.run('kubectl delete pod web');
    expect(r).toEqual({ stdout: 'pod "web" deleted\n', stderr: '', status: 0 });
    expect(isStatus(m.api.get({ resource: 'pods', namespace: 'default', name: 'web' }))).toBe(true);
  });

  it('force deletes with the immediate-deletion warning', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    expect(await m.run('kubectl delete pod web --grace-period=0 --force')).toEqual({
      stdout: 'pod "web" force deleted\n',
      stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      status: 0,
    });
  });

  it('reports names that do not exist and asks for a name when only a type is given', async () => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run('kubectl delete pod nope')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', status: 1 });
    expect((await m.run('kubectl delete pods')).stderr).toBe('error: resource(s) were provided, but no name was specified\n');
  });

  it('deletes by label selector and says when nothing matched', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    expect((await m.run('kubectl delete pods -l app=web')).stdout).toBe('pod "web" deleted\n');
    expect(await m.run('kubectl delete pods -l app=web')).toEqual({ stdout: '', stderr: 'No resources found\n', status: 0 });
  });
});

describe('kubectl run', () => {
  it('creates a pod labelled run=NAME', async () => {
    const m = kubectlMachine({ now: NOW });
    expect(await m.run('kubectl run nginx --image=nginx')).toEqual({ stdout: 'pod/nginx created\n', stderr: '', status: 0 });
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'nginx' });
    expect(isStatus(pod) ? {} : pod.metadata.labels).toEqual({ run: 'nginx' });
  });

  it('requires --image and refuses --rm without attaching', async () => {
    const m = kubectlMachine({ now: NOW });
    expect((await m.run('kubectl run x')).stderr).toBe('error: required flag(s) "image" not set\n');
    expect((await m.run('kubectl run x --image=busybox --rm')).stderr).toBe('error: --rm should only be used for attached containers\n');
  });

  it('treats flags after -- as the container arguments', async () => {
    const m = kubectlMachine({ now: NOW });
    await m.run('kubectl run b --image=busybox --restart=Never --command -- sleep 3600 --dry-run=client');
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'b' });
    expect(isStatus(pod) ? [] : pod.spec.containers[0].command).toEqual(['sleep', '3600', '--dry-run=client']);
  });
});

describe('kubectl label, annotate and set image', () => {
  it('refuses to change a label without --overwrite and removes with key-', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    expect(await m.run('kubectl label pod web app=other')).toEqual({ stdout: '', stderr: "error: 'app' already has a value (web), and --overwrite is false\n", status: 1 });
    expect((await m.run('kubectl label pod web app=other --overwrite')).stdout).toBe('pod/web labeled\n');
    expect((await m.run('kubectl label pod/web app-')).stdout).toBe('pod/web unlabeled\n');
    expect((await m.run('kubectl label pod/web app-')).stdout).toBe('label "app" not found.\npod/web not labeled\n');
  });

  it('annotates and updates an image', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    expect((await m.run('kubectl annotate pod web note=hi')).stdout).toBe('pod/web annotated\n');
    expect((await m.run('kubectl set image pod/web nginx=nginx:1.29')).stdout).toBe('pod/web image updated\n');
    expect((await m.run('kubectl set image pod/web bogus=x')).stderr).toBe('error: unable to find container named "bogus"\n');
    const pod = m.api.get<Pod>({ resource: 'pods', namespace: 'default', name: 'web' });
    expect(isStatus(pod) ? '' : pod.spec.containers[0].image).toBe('nginx:1.29');
  });
});

describe('kubectl patch and replace', () => {
  it('patches with strategic merge by default and says when nothing changed', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    expect(await m.run(`kubectl patch pod web -p '{"metadata":{"labels":{"tier":"fe"}}}'`)).toEqual({ stdout: 'pod/web patched\n', stderr: '', status: 0 });
    expect((await m.run(`kubectl patch pod web --type=merge -p '{"metadata":{"labels":{"tier":"fe"}}}'`)).stdout).toBe('pod/web patched (no change)\n');
    expect((await m.run(`kubectl patch pod web --type=bogus -p '{}'`)).stderr).toBe('error: --type must be one of [json merge strategic], not "bogus"\n');
  });

  it('replaces a pod only with --force, deleting and creating it again, as its spec is immutable', async () => {
    const m = kubectlMachine({ now: NOW, files: { 'pod.yaml': POD } });
    await m.run('kubectl apply -f pod.yaml');
    m.fs.writeFile('/root/pod.yaml', POD.replace('name: nginx', 'name: other'));
    expect((await m.run('kubectl replace -f pod.yaml')).stderr).toContain('The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than');
    expect((await m.run('kubectl replace --force -f pod.yaml')).stdout).toBe('pod "web" deleted\npod/web replaced\n');
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: "1"\n';
    m.fs.writeFile('/root/cm.yaml', cm);
    await m.run('kubectl create -f cm.yaml');
    m.fs.writeFile('/root/cm.yaml', cm.replace('"1"', '"2"'));
    expect((await m.run('kubectl replace -f cm.yaml')).stdout).toBe('configmap/cfg replaced\n');
  });
});
