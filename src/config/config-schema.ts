// podlab.config.ts, the one file a team edits to make the course theirs: the site's name, logo,
// colours and base path, which lessons and labs it shows in what order, the cluster every
// terminal starts with, and extra images for the simulator's registries. Validated at build time;
// a mistake stops the build with the field and the reason.

import { z } from 'zod';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb, e.g. #3b5bdb');
const dnsName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a node name is lowercase letters, digits and -, e.g. node01').max(63);
const quantity = z.string().regex(/^\d+(\.\d+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$/, 'a Kubernetes quantity, e.g. 2, 500m, 4Gi');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase letters, digits and -');

export const configNodeSchema = z.strictObject({
  name: dnsName,
  role: z.enum(['control-plane', 'worker']).default('worker').describe('The one control-plane node is the learner\'s terminal.'),
  cpu: quantity.optional().describe('CPU capacity, e.g. 2.'),
  memory: quantity.optional().describe('Memory capacity, e.g. 4Gi.'),
  pods: z.number().int().positive().max(1000).optional().describe('Pod capacity.'),
  labels: z.record(z.string(), z.string()).optional(),
});

export const configFileSchema = z.strictObject({
  path: z.string().regex(/^\/[^\0]*[^/]$/, 'an absolute file path, e.g. /usr/share/app/config.json'),
  content: z.string(),
  mode: z.number().int().min(0).max(0o7777).optional(),
});

export const configImageSchema = z.strictObject({
  image: z.string().regex(/^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+:[\w][\w.-]{0,127}$/, 'a full reference with a registry and a tag, e.g. registry.example.com/team/app:1.4.2')
    .describe('Where the image is pulled from, with its tag.'),
  from: z.string().describe('An image of the catalog it is built on (its files, user and programs), e.g. nginx:1.27 or busybox:1.36.'),
  entrypoint: z.array(z.string()).optional(),
  cmd: z.array(z.string()).optional(),
  env: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*=/, 'NAME=value')).optional().describe('Added after the base image\'s environment.'),
  user: z.string().optional(),
  workingDir: z.string().optional(),
  exposedPorts: z.array(z.string().regex(/^\d+\/(tcp|udp)$/)).optional(),
  files: z.array(configFileSchema).optional().describe('Files added on top of the base image.'),
  sizeBytes: z.number().int().positive().optional(),
});

export const podlabConfigSchema = z.strictObject({
  title: z.string().min(1).max(80).default('PodLab'),
  description: z.string().max(300).default('Learn Kubernetes Pods with hands-on labs that run in your browser.'),
  logo: z.strictObject({
    src: z.string().regex(/\.(svg|png|jpe?g|webp|avif)$/i, 'an image file in the project, e.g. ./public/logo.svg').describe('Relative to the project root.'),
    alt: z.string().default(''),
    replacesTitle: z.boolean().default(false),
  }).optional(),
  colors: z.strictObject({
    accent: hex.describe('Links, buttons and focus rings on the dark theme.'),
    accentLight: hex.optional().describe('The same on the light theme (darker, for contrast); defaults to accent.'),
  }).optional(),
  base: z.string().regex(/^\/([a-zA-Z0-9._~-]+\/)*$/, 'the folder the site is served from, starting and ending with /, e.g. /onboarding/k8s/').default('/'),
  site: z.url().optional().describe('The address the site is served at, for the sitemap and canonical links.'),
  lessons: z.array(id).min(1).optional().describe('Lesson ids (file names without number and .mdx) in course order; all lessons when omitted.'),
  labs: z.array(id).optional().describe('Lab ids in the order lists show them; the labs of the shown lessons when omitted.'),
  cluster: z.strictObject({ nodes: z.array(configNodeSchema).min(1).max(8) }).optional()
    .describe('The cluster every terminal starts with; controlplane and node01 when omitted.'),
  images: z.array(configImageSchema).max(100).default([]),
});

export type PodlabConfigInput = z.input<typeof podlabConfigSchema>;
export type PodlabConfig = z.output<typeof podlabConfigSchema>;

/** Types podlab.config.ts in the editor; the build validates it. */
export function definePodlabConfig(config: PodlabConfigInput): PodlabConfigInput {
  return config;
}
