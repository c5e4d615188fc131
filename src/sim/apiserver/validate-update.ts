// Update-time rules: what may change on an existing object. A pod's spec is immutable except for
// images, activeDeadlineSeconds, added tolerations and a negative grace period set to 1;
// a mirror pod's spec may not change at all.
// Models pkg/apis/core/validation/validation.go (ValidatePodUpdate, ValidateObjectMetaUpdate)

import type { KubeObject, Pod, PodSpec } from '../api/types.ts';
import { clone } from '../api/clone.ts';
import { forbidden, invalid, type FieldError } from '../api/field-errors.ts';
import { isMirrorPod } from './admission.ts';
import { validatePod } from './validation.ts';

export const POD_UPDATE_FORBIDDEN_PREFIX = 'pod updates may not change fields other than ' + [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
].join(',');

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
    : x));
}

/** Go field name as go-cmp prints it in the diff. */
function goField(name: string): string {
  const special: Record<string, string> = { dnsPolicy: 'DNSPolicy', dnsConfig: 'DNSConfig', hostIPC: 'HostIPC', hostPID: 'HostPID' };
  return special[name] ?? name[0].toUpperCase() + name.slice(1);
}

/** A short go-cmp-style diff of the spec fields that differ. */
function specDiff(oldSpec: PodSpec, newSpec: PodSpec): string {
  const keys = [...new Set([...Object.keys(oldSpec), ...Object.keys(newSpec)])].sort();
  const lines = ['  core.PodSpec{'];
  for (const k of keys) {
    const a = (oldSpec as unknown as Record<string, unknown>)[k];
    const b = (newSpec as unknown as Record<string, unknown>)[k];
    if (same(a, b)) continue;
    if (a !== undefined) lines.push(`- \t${goField(k)}: ${canonical(a)},`);
    if (b !== undefined) lines.push(`+ \t${goField(k)}: ${canonical(b)},`);
  }
  lines.push('  }');
  return lines.join('\n') + '\n';
}

export function validatePodUpdate(newPod: Pod, oldPod: Pod): FieldError[] {
  const errs = validatePod(newPod);
  const mirror = isMirrorPod(oldPod);
  const munged: PodSpec = clone(newPod.spec);
  const old = oldPod.spec;
  if (!mirror) {
    munged.containers = (munged.containers ?? []).map((c, i) => (old.containers?.[i] ? { ...c, image: old.containers[i].image } : c));
    if (munged.initContainers) {
      munged.initContainers = munged.initContainers.map((c, i) => (old.initContainers?.[i] ? { ...c, image: old.initContainers[i].image } : c));
    }
    const newDeadline = newPod.spec.activeDeadlineSeconds;
    if (old.activeDeadlineSeconds === undefined || (newDeadline !== undefined && newDeadline <= old.activeDeadlineSeconds)) {
      munged.activeDeadlineSeconds = old.activeDeadlineSeconds;
    }
    const oldTols = old.tolerations ?? [];
    const newTols = munged.tolerations ?? [];
    if (oldTols.every((t) => newTols.some((n) => same(n, t)))) munged.tolerations = old.tolerations;
    if ((old.terminationGracePeriodSeconds ?? 0) < 0 && munged.terminationGracePeriodSeconds === 1) {
      munged.terminationGracePeriodSeconds = old.terminationGracePeriodSeconds;
    }
  }
  if (!same(munged, old)) errs.push(forbidden('spec', `${POD_UPDATE_FORBIDDEN_PREFIX}\n${specDiff(old, munged)}`));
  return errs;
}

/** ValidateObjectMetaUpdate: identity fields stay as they were. */
export function validateMetaUpdate(newObj: KubeObject, oldObj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const n = newObj.metadata;
  const o = oldObj.metadata;
  if (n.name !== o.name) errs.push(invalid('metadata.name', n.name, 'field is immutable'));
  if ((n.namespace ?? '') !== (o.namespace ?? '')) errs.push(invalid('metadata.namespace', n.namespace ?? '', 'field is immutable'));
  if (n.uid !== undefined && n.uid !== o.uid) errs.push(invalid('metadata.uid', n.uid, 'field is immutable'));
  const mirrorKey = 'kubernetes.io/config.mirror';
  if (n.annotations?.[mirrorKey] !== o.annotations?.[mirrorKey]) {
    errs.push(forbidden(`metadata.annotations[${mirrorKey}]`, 'field is immutable'));
  }
  return errs;
}
