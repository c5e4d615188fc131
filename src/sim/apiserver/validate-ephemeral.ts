// The pods/ephemeralcontainers subresource's rules: ephemeral containers are only ever added,
// through the subresource, with names unique across the pod, an existing non-ephemeral target,
// and none of the fields that would make the workload rely on them (ports, probes, resources,
// lifecycle). Static pods take none.
// Models pkg/apis/core/validation/validation.go (validateEphemeralContainers,
// ValidatePodEphemeralContainersUpdate, allowedEphemeralContainerFields)

import type { EphemeralContainer, Pod } from '../api/types.ts';
import { duplicate, forbidden, notFound, type FieldError } from '../api/field-errors.ts';
import { isMirrorPod } from './admission.ts';

/** EphemeralContainerCommon fields outside allowedEphemeralContainerFields, in struct order. */
const DISALLOWED = ['ports', 'resources', 'resizePolicy', 'restartPolicy', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'] as const;

const CANNOT_BE_SET = 'cannot be set for an Ephemeral Container';

const canonical = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
  : x));

/** Go's zero-value check: an unset field, an empty list or an empty struct counts as not set. */
function isSet(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.values(v as object).some(isSet);
  return true;
}

export function validateEphemeralContainers(pod: Pod): FieldError[] {
  const errs: FieldError[] = [];
  const others = new Set([...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])].map((c) => c.name));
  const all = new Set(others);
  (pod.spec.ephemeralContainers ?? []).forEach((ec: EphemeralContainer, i) => {
    const path = `spec.ephemeralContainers[${i}]`;
    if (all.has(ec.name)) errs.push(duplicate(`${path}.name`, ec.name));
    else all.add(ec.name);
    if (ec.targetContainerName && !others.has(ec.targetContainerName)) errs.push(notFound(`${path}.targetContainerName`, ec.targetContainerName));
    const fields = ec as unknown as Record<string, unknown>;
    for (const f of DISALLOWED) if (isSet(fields[f])) errs.push(forbidden(`${path}.${f}`, CANNOT_BE_SET));
    (ec.volumeMounts ?? []).forEach((vm, j) => {
      const m = vm as unknown as Record<string, unknown>;
      if (m.subPath) errs.push(forbidden(`${path}.volumeMounts[${j}].subPath`, CANNOT_BE_SET));
      if (m.subPathExpr) errs.push(forbidden(`${path}.volumeMounts[${j}].subPathExpr`, CANNOT_BE_SET));
    });
  });
  return errs;
}

/** What an update through pods/ephemeralcontainers may do: add containers, never change or remove one. */
export function validateEphemeralContainersUpdate(newPod: Pod, oldPod: Pod): FieldError[] {
  if (isMirrorPod(oldPod)) return [forbidden('', 'static pods do not support ephemeral containers')];
  const errs = validateEphemeralContainers(newPod);
  const byName = new Map((newPod.spec.ephemeralContainers ?? []).map((c) => [c.name, c]));
  for (const old of oldPod.spec.ephemeralContainers ?? []) {
    const now = byName.get(old.name);
    // Upstream appends a go-cmp diff of the two containers after the newline.
    if (!now) errs.push(forbidden('spec.ephemeralContainers', `existing ephemeral containers "${old.name}" may not be removed\n`));
    else if (canonical(now) !== canonical(old)) errs.push(forbidden(`spec.ephemeralContainers[${old.name}]`, `existing ephemeral containers "${old.name}" may not be changed\n`));
  }
  return errs;
}
