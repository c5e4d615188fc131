// harden-pod on a real Machine: the checklist graded item by item, other correct placements of
// the fields passing, and a hardened Pod that cannot write its paths failing the serving task.
import { describe, expect, it } from 'vitest';
import { curriculumLab } from './grade.ts';
import { playPath, verdictAfter } from './play.ts';

const lab = curriculumLab('harden-pod');
const failures = (r: { failures: string[]; log: string[] }) => `${r.failures.join('\n')}\n${r.log.join('\n')}`;
const solution = lab.solution.steps[1].files[0].content;

/** The reference manifest with lines swapped, for one mistake at a time. */
const edited = (...pairs: [string, string][]) => pairs.reduce((text, [from, to]) => {
  if (!text.includes(from)) throw new Error(`not in the solution: ${from}`);
  return text.replace(from, to);
}, solution);

const recreate = (text: string) => `cat <<'EOF' > web.yaml\n${text}EOF\nkubectl delete pod web\nkubectl apply -f web.yaml`;

/** Everything set on the container alone, in another file, replaced with --force. */
const containerLevel = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
  - name: conf
    configMap:
      name: web-conf
  - name: scratch
    emptyDir: {}
  containers:
  - name: nginx
    image: nginx:alpine
    securityContext:
      runAsNonRoot: true
      runAsUser: 101
      readOnlyRootFilesystem: true
      allowPrivilegeEscalation: false
      capabilities:
        drop: [ALL]
      seccompProfile:
        type: RuntimeDefault
    volumeMounts:
    - name: conf
      mountPath: /etc/nginx/conf.d
    - name: scratch
      mountPath: /var/cache/nginx
      subPath: cache
    - name: scratch
      mountPath: /var/run
      subPath: run
`;

describe('harden-pod', () => {
  it('passes with every field on the container, one emptyDir through subPaths and replace --force', async () => {
    const r = await playPath(lab, [
      { task: 'audit', run: 'kubectl exec web -- id\nanswer root, NoNewPrivs: 0' },
      { task: 'harden', files: [{ path: 'hardened.yaml', content: containerLevel }], run: 'kubectl replace --force -f hardened.yaml' },
      { task: 'serve', advance: 30_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('wants the user and the NoNewPrivs value in the audit', async () => {
    expect(await verdictAfter(lab, 'answer uid=0', 'audit')).toContain('the task wants the user (its uid or name) and the NoNewPrivs value');
  });

  it.each([
    ['a container that overrides runAsNonRoot with false',
      edited(['      capabilities:', '      runAsNonRoot: false\n      capabilities:']), 'checklist 1: the Pod needs `runAsNonRoot: true`'],
    ['runAsNonRoot without a user', edited(['    runAsUser: 101\n', '']), 'checklist 1: nginx:alpine runs as root unless told otherwise'],
    ['a writable root filesystem', edited(['      readOnlyRootFilesystem: true\n', '']), 'checklist 2:'],
    ['privilege escalation left to the default', edited(['      allowPrivilegeEscalation: false\n', '']), 'checklist 3:'],
    ['NET_BIND_SERVICE added back', edited(['        drop: ["ALL"]', '        drop: ["ALL"]\n        add: ["NET_BIND_SERVICE"]']), 'checklist 4: the checklist adds no capabilities back'],
    ['no seccomp profile', edited(['    seccompProfile:\n      type: RuntimeDefault\n', '']), 'checklist 5:'],
  ])('names the checklist item for %s', async (_name, text, message) => {
    expect(await verdictAfter(lab, recreate(text), 'harden')).toContain(message);
  });

  it('does not count a hardened nginx that crashes for want of a writable cache', async () => {
    const text = edited(['    - name: cache\n      mountPath: /var/cache/nginx\n', '']);
    const script = `${recreate(text)}\nkubectl get pod web`;
    expect(await verdictAfter(lab, script, 'harden')).toBe('pass');
    expect(await verdictAfter(lab, script, 'serve')).toContain('the task needs web Running and Ready for 20 seconds');
  });
});
