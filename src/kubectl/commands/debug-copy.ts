// kubectl debug POD --copy-to=NEW: a copy of the pod (without its node, probes, labels or
// ephemeral containers unless kept) with a debugging container added, created beside the
// original (or instead of it with --replace).
// Models staging/src/k8s.io/kubectl/pkg/cmd/debug/debug.go (debugByCopy, generatePodCopyWithDebugContainer).

import type { Container, Pod } from '../../sim/api/types.ts';
import type { Invocation } from '../cli/command.ts';
import { CliError, statusText } from '../cli/errors.ts';
import { clone } from '../../sim/api/clone.ts';
import { isStatus } from '../fetch.ts';
import { nameSuffix } from '../name-suffix.ts';
import { applyProfile } from './debug-profiles.ts';

export interface CopyOptions {
  copyTo: string;
  image: string;
  command: string[];
  stdin: boolean;
  tty: boolean;
  profile: string;
  quiet: boolean;
}

export async function debugByCopy(inv: Invocation, pod: Pod, o: CopyOptions): Promise<{ pod: Pod; container: string }> {
  const { flags } = inv;
  const copy = clone(pod);
  const m = pod.metadata;
  copy.metadata = { name: o.copyTo, namespace: m.namespace };
  if (flags.bool('keep-labels') && m.labels) copy.metadata.labels = m.labels;
  if (flags.bool('keep-annotations') && m.annotations) copy.metadata.annotations = m.annotations;
  delete copy.status;
  const spec = copy.spec;
  if (!flags.bool('same-node')) delete spec.nodeName;
  delete spec.ephemeralContainers;
  if (flags.has('keep-init-containers') && !flags.bool('keep-init-containers')) delete spec.initContainers;
  for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
    if (!flags.bool('keep-liveness')) delete c.livenessProbe;
    if (!flags.bool('keep-readiness')) delete c.readinessProbe;
    if (!flags.bool('keep-startup')) delete c.startupProbe;
  }
  if (!flags.has('share-processes') || flags.bool('share-processes')) (spec as { shareProcessNamespace?: boolean }).shareProcessNamespace = true;
  let name = flags.string('container');
  const existing = spec.containers.find((c) => c.name === name);
  if (o.image) {
    if (!name) {
      const taken = new Set(spec.containers.map((c) => c.name));
      for (let i = 0; !name || taken.has(name); i++) name = `debugger-${nameSuffix(`${m.uid}/${o.copyTo}/${inv.ctx.now()}/${i}`)}`;
      if (!o.quiet) inv.out(`Defaulting debug container name to ${name}.\n`);
    }
    const c: Container = existing ?? { name, image: o.image };
    c.image = o.image;
    if (o.command.length > 0) {
      if (flags.bool('arguments-only')) c.args = o.command;
      else {
        c.command = o.command;
        delete c.args;
      }
    }
    c.resources ??= {};
    c.stdin = o.stdin || undefined;
    c.tty = o.tty || undefined;
    c.terminationMessagePolicy ??= 'File';
    applyProfile(o.profile, c);
    if (!existing) spec.containers.push(c);
  } else {
    name ||= spec.containers[0]?.name ?? '';
  }
  const namespace = m.namespace ?? inv.namespace;
  if (flags.bool('replace')) inv.cluster.api.delete({ resource: 'pods', namespace, name: m.name ?? '', options: { gracePeriodSeconds: 0, force: true } });
  const created = inv.cluster.api.create<Pod>({ resource: 'pods', namespace, body: copy, options: { fieldManager: 'kubectl-debug' } });
  if (isStatus(created)) throw new CliError(statusText(created));
  return { pod: created, container: name };
}
