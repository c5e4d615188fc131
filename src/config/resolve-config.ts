// podlab.config.ts checked against the course it configures: lesson and lab ids that exist, one
// control-plane node, images built on ones the catalog has. Gives what the build needs, or every
// problem at once with the field it is about.

import type { z } from 'zod';
import type { ClusterDescription } from '../sim/cluster/default-cluster.ts';
import type { NodeDescription } from '../sim/cluster/node-description.ts';
import { ImageCatalog } from '../sim/images/catalog.ts';
import { deriveImage } from '../sim/images/derive-image.ts';
import type { ImageSpec } from '../sim/images/image-spec.ts';
import { podlabConfigSchema, type PodlabConfig } from './config-schema.ts';

/** What the machine in the worker is given at build time. */
export interface MachineSite {
  cluster?: ClusterDescription;
  images: ImageSpec[];
}

export interface SiteConfig extends Omit<PodlabConfig, 'cluster' | 'images' | 'lessons' | 'labs'> {
  /** Lesson ids (`what-is-a-pod`) in course order. */
  lessons: string[];
  /** Lab ids in list order. */
  labs: string[];
  machine: MachineSite;
}

export interface CourseInventory {
  /** Every lesson in frontmatter order, by id without the `lessons/` folder. */
  lessons: string[];
  /** Every lab with its lesson's id (without folder). */
  labs: { id: string; lesson: string }[];
}

export type ConfigResult = { ok: true; config: SiteConfig } | { ok: false; problems: string[] };

const path = (p: readonly PropertyKey[]) => p.map((x) => (typeof x === 'number' ? `[${x}]` : `.${String(x)}`)).join('').replace(/^\./, '');
const known = (list: string[]) => list.join(', ');

export function resolveConfig(input: unknown, course: CourseInventory): ConfigResult {
  const parsed = podlabConfigSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i: z.core.$ZodIssue) => `${path(i.path) || '(top level)'}: ${i.message}`) };
  const c = parsed.data;
  const problems: string[] = [];

  const lessons = c.lessons ?? course.lessons;
  lessons.forEach((l, i) => { if (!course.lessons.includes(l)) problems.push(`lessons[${i}]: there is no lesson ${JSON.stringify(l)} (there are: ${known(course.lessons)})`); });
  if (new Set(lessons).size !== lessons.length) problems.push('lessons: a lesson is listed twice');
  const shown = new Set(lessons);
  const labIds = course.labs.map((l) => l.id);
  const labs = c.labs ?? course.labs.filter((l) => shown.has(l.lesson)).sort((a, b) => lessons.indexOf(a.lesson) - lessons.indexOf(b.lesson) || a.id.localeCompare(b.id)).map((l) => l.id);
  labs.forEach((l, i) => { if (!labIds.includes(l)) problems.push(`labs[${i}]: there is no lab ${JSON.stringify(l)} (there are: ${known(labIds)})`); });

  let cluster: ClusterDescription | undefined;
  if (c.cluster) {
    const nodes = c.cluster.nodes;
    const planes = nodes.filter((n) => n.role === 'control-plane');
    if (planes.length !== 1) problems.push(`cluster.nodes: give exactly one node with role control-plane (the learner's terminal); there are ${planes.length}`);
    const names = nodes.map((n) => n.name);
    if (new Set(names).size !== names.length) problems.push('cluster.nodes: two nodes have the same name');
    // The control plane is the learner's machine at 172.30.1.2; workers follow, as kubeadm numbers them.
    const ordered = [...planes, ...nodes.filter((n) => n.role !== 'control-plane')];
    cluster = {
      nodes: ordered.map((n, i): NodeDescription => ({
        name: n.name, role: n.role, ip: `172.30.${i + 1}.2`, podCIDR: `10.244.${i}.0/24`,
        ...(n.cpu || n.memory || n.pods ? { capacity: { ...(n.cpu ? { cpu: n.cpu } : {}), ...(n.memory ? { memory: n.memory } : {}), ...(n.pods ? { pods: String(n.pods) } : {}) } } : {}),
        ...(n.labels ? { labels: n.labels } : {}),
      })),
    };
  }

  const catalog = ImageCatalog.standard();
  const images: ImageSpec[] = [];
  c.images.forEach((def, i) => {
    const r = deriveImage(catalog, def);
    if (!r.ok) problems.push(`images[${i}]: ${r.error}`);
    else {
      catalog.add(r.spec);
      images.push(r.spec);
    }
  });

  if (problems.length) return { ok: false, problems };
  const { cluster: _c, images: _i, lessons: _l, labs: _b, ...rest } = c;
  return { ok: true, config: { ...rest, lessons, labs, machine: { ...(cluster ? { cluster } : {}), images } } };
}

/** The build's message for a config that does not resolve. */
export function configError(file: string, problems: string[]): Error {
  return new Error(`${file} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee docs/hosting.md#configuration.`);
}
