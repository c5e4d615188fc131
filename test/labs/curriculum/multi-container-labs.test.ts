// The labs of lesson 4 on a real Machine: a native sidecar passes as well as a second container,
// other correct fixes pass, and plausible mistakes fail with what the task wants.
import { describe, expect, it } from 'vitest';
import { curriculumLab } from './grade.ts';
import { playPath, verdictAfter } from './play.ts';

const failures = (r: { failures: string[]; log: string[] }) => `${r.failures.join('\n')}\n${r.log.join('\n')}`;

describe('log-sidecar', () => {
  const lab = curriculumLab('log-sidecar');
  const reference = lab.solution.steps[0].files[0].content;
  const app = reference.slice(0, reference.indexOf('  - name: log-tailer'));
  const nativeSidecar = app.replace('  containers:\n', `  initContainers:
  - name: log-tailer
    image: busybox:1.36
    restartPolicy: Always
    command: ["sh", "-c", "tail -n +1 -F /var/log/shop/access.log"]
    volumeMounts:
    - name: logs
      mountPath: /var/log/shop
  containers:
`);

  it('passes with a native sidecar (an init container with restartPolicy Always), create and a grep', async () => {
    const r = await playPath(lab, [
      { task: 'add-sidecar', files: [{ path: 'shop.yaml', content: nativeSidecar }], run: 'kubectl delete pod shop\nkubectl create -f shop.yaml', advance: 20_000 },
      { task: 'find-errors', run: "kubectl logs shop --container=log-tailer | grep ' 500'\nanswer the failing path is /checkout" },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('fails a sidecar that does not mount the log volume, quoting what its logs say', async () => {
    const noVolume = `${app}  - name: log-tailer\n    image: busybox\n    command: ["tail", "-F", "/var/log/shop/access.log"]\n`;
    const verdict = await verdictAfter(lab, `kubectl delete pod shop\ncat <<'EOF' > shop.yaml\n${noVolume}EOF\nkubectl apply -f shop.yaml`, 'add-sidecar');
    expect(verdict).toContain("`kubectl logs shop -c log-tailer` shows no matching line (the last is \"tail: can't open '/var/log/shop/access.log': No such file or directory\")");
  });
});

describe('init-demo', () => {
  const lab = curriculumLab('init-demo');
  const fixed = lab.solution.steps[1].files[0].content;

  it('passes when the script writes to the volume\'s own mount path, re-created with replace --force', async () => {
    const other = fixed.replace('mountPath: /site', 'mountPath: /work').replaceAll('/site/index.html', '/work/index.html');
    const r = await playPath(lab, [
      { task: 'diagnose', run: 'kubectl logs welcome -c write-page --previous\nanswer it cannot create /site/index.html' },
      { task: 'fix', files: [{ path: 'welcome.yaml', content: other }], run: 'kubectl replace --force -f welcome.yaml', advance: 30_000 },
    ]);
    expect(r.ok, failures(r)).toBe(true);
  });

  it('wants the init container\'s logs, not the app\'s', async () => {
    expect(await verdictAfter(lab, 'kubectl logs welcome\nanswer /site/index.html', 'diagnose'))
      .toBe('no command you ran matches yet; the task needs the logs of the init container, `kubectl logs welcome -c write-page`');
  });

  it('fails while the init container still fails, saying how it ended', async () => {
    expect(await verdictAfter(lab, 'kubectl delete pod welcome\nkubectl apply -f welcome.yaml', 'fix'))
      .toMatch(/^container write-page of pod welcome was last Error with exit code 1; the task needs the init container write-page to complete/);
  });
});
