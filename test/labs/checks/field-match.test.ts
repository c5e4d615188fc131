import { describe, expect, it } from 'vitest';
import { parseFieldPath, resolvePath } from '../../../src/labs/checks/field-path.ts';
import { matchField, type FieldMatcher } from '../../../src/labs/checks/field-match.ts';

const pod = {
  metadata: { name: 'web-logger', labels: { 'app.kubernetes.io/name': 'web' } },
  spec: {
    containers: [
      { name: 'nginx-server', image: 'nginx:alpine', ports: [{ containerPort: 80 }], resources: { limits: { memory: '200Mi' } } },
      { name: 'content-writer', image: 'busybox', command: ['sh', '-c'], args: ['while true; do date > /data/index.html; sleep 5; done'],
        volumeMounts: [{ name: 'html-dir', mountPath: '/data' }] },
    ],
  },
};

describe('field paths', () => {
  it.each([
    ['spec.containers[name=nginx-server].image', ['nginx:alpine']],
    ['spec.containers[*].image', ['nginx:alpine', 'busybox']],
    ['spec.containers[1].name', ['content-writer']],
    ['metadata.labels["app.kubernetes.io/name"]', ['web']],
    ['spec.containers[name=nope].image', []],
    ['spec.containers[5]', []],
  ])('%s reaches %j', (path, want) => {
    const segs = parseFieldPath(path);
    if (typeof segs === 'string') throw new Error(segs);
    expect(resolvePath(pod, segs).values).toEqual(want);
  });

  it.each([
    ['spec.containers[name', 'missing ]'],
    ['spec..image', 'empty name'],
    ['spec.containers[x]', 'expected [N]'],
  ])('rejects %s with a reason', (path, why) => {
    expect(parseFieldPath(path)).toContain(why);
  });
});

describe('field matchers', () => {
  const cases: [string, FieldMatcher, boolean, string][] = [
    ['equality', { path: 'spec.containers[name=nginx-server].image', equals: 'nginx:alpine' }, true, 'pod web-logger: spec.containers[name=nginx-server].image is "nginx:alpine"'],
    ['a missing list element names what is there', { path: 'spec.containers[name=sidecar].image', equals: 'busybox' }, false, 'pod web-logger has 2 containers (nginx-server, content-writer)'],
    ['regex', { path: 'spec.containers[*].image', matches: '^busybox' }, true, 'pod web-logger: spec.containers[*].image is "nginx:alpine", "busybox"'],
    ['quantity at least', { path: 'spec.containers[0].resources.limits.memory', atLeast: '150Mi' }, true, ''],
    ['quantity greater than fails', { path: 'spec.containers[0].resources.limits.memory', greaterThan: '200Mi' }, false, 'is "200Mi"'],
    ['numbers compare as numbers', { path: 'spec.containers[0].ports[0].containerPort', atMost: 80 }, true, ''],
    ['number equals text', { path: 'spec.containers[0].ports[0].containerPort', equals: '80' }, true, ''],
    ['count', { path: 'spec.containers', count: 2 }, true, '2 entries'],
    ['exists false', { path: 'spec.containers[0].command', exists: false }, true, 'has no spec.containers[0].command'],
    ['any element with two conditions', { path: 'spec.containers', any: [{ path: 'name', equals: 'content-writer' }, { path: 'image', equals: 'busybox' }] }, true, ''],
    ['any element fails when no single element has both', { path: 'spec.containers', any: [{ path: 'name', equals: 'nginx-server' }, { path: 'image', equals: 'busybox' }] }, false, ''],
    ['joined command and args', { path: ['spec.containers[1].command', 'spec.containers[1].args'], matches: '^sh -c while true.*sleep 5' }, true, ''],
    ['oneOf', { path: 'spec.containers[0].name', oneOf: ['web', 'nginx-server'] }, true, ''],
  ];
  it.each(cases)('%s', (_name, matcher, passed, saw) => {
    const out = matchField(pod, matcher, 'pod web-logger');
    expect(out.passed).toBe(passed);
    expect(out.saw).toContain(saw);
  });

  it('says what the task wants, from the author or from the conditions', () => {
    expect(matchField(pod, { path: 'spec.containers[name=x].image', equals: 'y', want: 'the task needs a second container x' }, 'pod p').want)
      .toBe('the task needs a second container x');
    expect(matchField(pod, { path: 'spec.containers[0].resources.limits.memory', atLeast: '1Gi' }, 'pod p').want)
      .toBe('the task needs spec.containers[0].resources.limits.memory to be at least 1Gi');
  });
});
