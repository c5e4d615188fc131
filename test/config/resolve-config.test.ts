import { describe, it, expect } from 'vitest';
import { resolveConfig, type CourseInventory } from '../../src/config/resolve-config.ts';

const course: CourseInventory = {
  lessons: ['what-is-a-pod', 'pod-lifecycle', 'probes'],
  labs: [{ id: 'readiness', lesson: 'probes' }, { id: 'first-pod', lesson: 'what-is-a-pod' }, { id: 'crashloop', lesson: 'pod-lifecycle' }],
};
const ok = (input: unknown) => {
  const r = resolveConfig(input, course);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config;
};
const problems = (input: unknown) => {
  const r = resolveConfig(input, course);
  return r.ok ? [] : r.problems;
};

describe('podlab.config.ts', () => {
  it('defaults to every lesson and its labs in course order at the root', () => {
    const c = ok({});
    expect([c.title, c.base, c.lessons, c.labs]).toEqual(['PodLab', '/', ['what-is-a-pod', 'pod-lifecycle', 'probes'], ['first-pod', 'crashloop', 'readiness']]);
    expect(c.machine).toEqual({ images: [] });
  });

  it('shows the lessons it names, in its order, with their labs', () => {
    const c = ok({ lessons: ['probes', 'what-is-a-pod'] });
    expect([c.lessons, c.labs]).toEqual([['probes', 'what-is-a-pod'], ['readiness', 'first-pod']]);
  });

  it('turns nodes into a cluster with the control plane first at the learner\'s address', () => {
    const c = ok({ cluster: { nodes: [{ name: 'worker-a', memory: '4Gi', cpu: '4' }, { name: 'cp', role: 'control-plane' }] } });
    expect(c.machine.cluster).toEqual({ nodes: [
      { name: 'cp', role: 'control-plane', ip: '172.30.1.2', podCIDR: '10.244.0.0/24' },
      { name: 'worker-a', role: 'worker', ip: '172.30.2.2', podCIDR: '10.244.1.0/24', capacity: { cpu: '4', memory: '4Gi' } },
    ] });
  });

  it('builds an extra image on one of the catalog\'s', () => {
    const c = ok({ images: [{ image: 'registry.example.com/team/hello:1.0', from: 'busybox:1.36', cmd: ['sh', '-c', 'echo hi'], env: ['GREETING=hi'], files: [{ path: '/etc/hello', content: 'hi\n' }] }] });
    const [img] = c.machine.images;
    expect(img.repository).toBe('registry.example.com/team/hello');
    expect(img.tags).toEqual(['1.0']);
    expect(img.config.cmd).toEqual(['sh', '-c', 'echo hi']);
    expect(img.config.env.at(-1)).toBe('GREETING=hi');
    expect(img.files.at(-1)).toEqual({ path: '/etc/hello', type: 'file', content: 'hi\n' });
    expect(img.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ok({ images: [{ image: 'registry.example.com/team/hello:1.0', from: 'busybox:1.36', cmd: ['sh', '-c', 'echo hi'], env: ['GREETING=hi'], files: [{ path: '/etc/hello', content: 'hi\n' }] }] }).machine.images[0].configDigest).toBe(img.configDigest);
  });

  it.each([
    ['a base without slashes', { base: 'onboarding' }, 'base: the folder the site is served from'],
    ['a colour that is not #rrggbb', { colors: { accent: 'blue' } }, 'colors.accent: a colour is #rrggbb'],
    ['an unknown field', { titel: 'x' }, '(top level): Unrecognized key: "titel"'],
    ['a lesson that does not exist', { lessons: ['what-is-a-pot'] }, 'lessons[0]: there is no lesson "what-is-a-pot" (there are: what-is-a-pod, pod-lifecycle, probes)'],
    ['a lab that does not exist', { labs: ['nope'] }, 'labs[0]: there is no lab "nope"'],
    ['two control planes', { cluster: { nodes: [{ name: 'a', role: 'control-plane' }, { name: 'b', role: 'control-plane' }] } }, 'cluster.nodes: give exactly one node with role control-plane'],
    ['a bad node size', { cluster: { nodes: [{ name: 'cp', role: 'control-plane', memory: 'lots' }] } }, 'cluster.nodes[0].memory: a Kubernetes quantity'],
    ['an image without a registry', { images: [{ image: 'hello:1.0', from: 'busybox:1.36' }] }, 'images[0].image: a full reference'],
    ['an image on a base the catalog lacks', { images: [{ image: 'registry.example.com/a/b:1', from: 'nosuch:9' }] }, 'images[0]: from "nosuch:9": the catalog has no such image'],
  ])('refuses %s with the field and the reason', (_name, input, problem) => {
    expect(problems(input).join('\n')).toContain(problem);
  });
});
