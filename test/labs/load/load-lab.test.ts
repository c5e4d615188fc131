import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadLab } from '../../../src/labs/load/load-lab.ts';

const GOOD = `id: demo
title: Demo
summary: A demo lab.
minutes: 5
lesson: 01-what-is-a-pod
tasks:
  - id: write
    title: Write it
    text: Write pod.yaml.
    checks:
      - kind: file
        path: pod.yaml
  - id: create
    title: Create it
    text: Create the Pod.
    needs: [write]
    checks:
      - kind: object
        name: web
solution:
  steps:
    - task: write
      files:
        - path: pod.yaml
          content: "kind: Pod"
`;

const problems = (text: string, folder = 'demo') => {
  const r = loadLab({ file: `labs/${folder}/lab.yaml`, text, folder });
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('loading lab files', () => {
  it('accepts a well-formed lab and fills defaults', () => {
    const r = loadLab({ file: 'labs/demo/lab.yaml', text: GOOD, folder: 'demo' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.lab.setup).toMatchObject({ namespace: 'default', nodes: [{ name: 'controlplane', role: 'control-plane' }], advance: 0 });
      expect(r.lab.tasks[1].checks[0]).toMatchObject({ kind: 'object', resource: 'pods' });
    }
  });

  it.each([
    ['an unknown check kind', GOOD.replace('kind: object', 'kind: objekt')],
    ['a missing field', GOOD.replace('    title: Create it\n', '')],
    ['an unknown field', GOOD.replace('    text: Write pod.yaml.', '    text: Write pod.yaml.\n    hint: use vi')],
    ['a wrong type', GOOD.replace('minutes: 5', 'minutes: five')],
    ['an empty check list', GOOD.replace(/checks:\n      - kind: file\n        path: pod.yaml\n/, 'checks: []\n')],
    ['a bad regular expression', GOOD.replace('        path: pod.yaml\n', '        path: pod.yaml\n        contains: "(unclosed"\n')],
    ['a bad duration', GOOD.replace('tasks:', 'setup:\n  advance: soon\ntasks:')],
    ['needs naming a later task', GOOD.replace('needs: [write]', 'needs: [create]')],
    ['needs naming no task', GOOD.replace('needs: [write]', 'needs: [wrte]')],
    ['a duplicate task id', GOOD.replace('id: create', 'id: write')],
    ['a solution step for no task', GOOD.replace('- task: write', '- task: writ')],
    ['an id that is not the folder', GOOD.replace('id: demo', 'id: dmeo')],
    ['a bad field path', GOOD.replace('        name: web\n', '        name: web\n        fields:\n          - path: spec.containers[name\n            equals: x\n')],
    ['a pod check with a bad phase', GOOD.replace('      - kind: object\n        name: web\n', '      - kind: pod\n        name: web\n        phase: Runing\n')],
    ['broken YAML', GOOD.replace('title: Demo', 'title: [Demo')],
    ['a file with both content and from', GOOD.replace('          content: "kind: Pod"', '          content: x').replace('tasks:', 'setup:\n  files:\n    - path: a\n      content: x\n      from: files/a\ntasks:')],
  ])('names file, line and field for %s', (_name, text) => {
    expect(problems(text)).toMatchSnapshot();
  });

  it('reads `from:` files beside the lab and reports missing ones', () => {
    const text = GOOD.replace('tasks:', 'setup:\n  files:\n    - path: pod.yaml\n      from: files/pod.yaml\n    - path: b\n      from: files/missing.yaml\ntasks:');
    const r = loadLab({ file: 'labs/demo/lab.yaml', text, folder: 'demo', readSibling: (p) => (p === 'files/pod.yaml' ? 'kind: Pod\n' : undefined) });
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual(['labs/demo/lab.yaml:11: setup.files[1].from: there is no file "files/missing.yaml" beside the lab file']);
  });

  it.each(['web-logger', 'oom-killed'])('loads the %s lab', (id) => {
    const r = loadLab({ file: `labs/${id}/lab.yaml`, text: readFileSync(`labs/${id}/lab.yaml`, 'utf8'), folder: id });
    expect(r.ok ? 'ok' : r.problems.map(formatProblem)).toBe('ok');
  });

  it('pins the example error of the format', () => {
    const text = readFileSync('labs/web-logger/lab.yaml', 'utf8').replace('      - kind: object\n        resource: pods\n        name: web-logger\n        want:', '      - kind: objects\n        resource: pods\n        name: web-logger\n        want:');
    expect(problems(text, 'web-logger')[0]).toMatch(/^labs\/web-logger\/lab\.yaml:\d+: tasks\[1\]\.checks\[0\]\.kind: expected one of object, pod, container, event, file, http, command, answer, logs; got "objects"$/);
  });
});
