// Create-time validation of core/v1 objects: the checks a learner's manifests commonly trip,
// with the field paths and texts of the real validators.
// Models pkg/apis/core/validation/validation.go (ValidatePodCreate, ValidateObjectMeta)

import type { Container, KubeObject, Pod, Probe } from '../api/types.ts';
import {
  duplicate, forbidden, invalid, notFound, notSupported, required, type FieldError,
} from '../api/field-errors.ts';
import { compareQuantity, parseQuantity } from '../api/quantity.ts';
import { isDNS1123Label, isDNS1123Subdomain, validateLabels } from './names.ts';
import { typeSchema } from './schema.ts';
import { validateEphemeralContainers } from './validate-ephemeral.ts';

export function validateObjectMeta(obj: KubeObject, namespaced: boolean, nameIsLabel: boolean): FieldError[] {
  const errs: FieldError[] = [];
  const m = obj.metadata ?? {};
  if (!m.name && !m.generateName) {
    errs.push(required('metadata.name', 'name or generateName is required'));
  } else if (m.name) {
    for (const e of nameIsLabel ? isDNS1123Label(m.name) : isDNS1123Subdomain(m.name)) errs.push(invalid('metadata.name', m.name, e));
  }
  if (!namespaced && m.namespace) errs.push(forbidden('metadata.namespace', 'not allowed on this type'));
  errs.push(...validateLabels(m.labels, 'metadata.labels'));
  return errs;
}

function enumCheck(errs: FieldError[], type: string, field: string, value: unknown, path: string): void {
  const allowed = typeSchema(type)?.e?.[field];
  if (allowed && typeof value === 'string' && !allowed.includes(value)) errs.push(notSupported(path, value, allowed));
}

function validateProbe(errs: FieldError[], p: Probe | undefined, path: string, liveness: boolean): void {
  if (!p) return;
  const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'].filter((h) => (p as Record<string, unknown>)[h]);
  if (handlers.length === 0) errs.push(required(path, 'must specify a handler type'));
  else if (handlers.length > 1) errs.push(forbidden(`${path}.${handlers[1]}`, 'may not specify more than 1 handler type'));
  if (liveness && p.successThreshold !== undefined && p.successThreshold !== 1) {
    errs.push(invalid(`${path}.successThreshold`, p.successThreshold, 'must be 1'));
  }
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    const v = p[f];
    if (v !== undefined && v < 0) errs.push(invalid(`${path}.${f}`, v, 'must be greater than or equal to 0'));
  }
}

function validateResources(errs: FieldError[], c: Container, path: string): void {
  const r = c.resources ?? {};
  for (const kind of ['limits', 'requests'] as const) {
    for (const [name, value] of Object.entries(r[kind] ?? {})) {
      if ((parseQuantity(value)?.nanos ?? 0n) < 0n) {
        errs.push(invalid(`${path}.resources.${kind}[${name}]`, value, 'must be greater than or equal to 0'));
      }
    }
  }
  for (const [name, req] of Object.entries(r.requests ?? {})) {
    const lim = r.limits?.[name];
    if (lim !== undefined && compareQuantity(req, lim) > 0) {
      errs.push(invalid(`${path}.resources.requests`, req, `must be less than or equal to ${name} limit of ${lim}`));
    }
  }
}

function validateContainer(errs: FieldError[], c: Container, path: string, volumes: Set<string>): void {
  if (!c.name) errs.push(required(`${path}.name`));
  else for (const e of isDNS1123Label(c.name)) errs.push(invalid(`${path}.name`, c.name, e));
  if (!c.image) errs.push(required(`${path}.image`));
  else if (c.image.trim() !== c.image) errs.push(invalid(`${path}.image`, c.image, 'must not have leading or trailing whitespace'));
  enumCheck(errs, 'Container', 'imagePullPolicy', c.imagePullPolicy, `${path}.imagePullPolicy`);
  enumCheck(errs, 'Container', 'terminationMessagePolicy', c.terminationMessagePolicy, `${path}.terminationMessagePolicy`);
  (c.ports ?? []).forEach((p, i) => {
    const pp = `${path}.ports[${i}]`;
    if (!(p.containerPort >= 1 && p.containerPort <= 65535)) {
      errs.push(invalid(`${pp}.containerPort`, p.containerPort, 'must be between 1 and 65535, inclusive'));
    }
    enumCheck(errs, 'ContainerPort', 'protocol', p.protocol, `${pp}.protocol`);
  });
  (c.volumeMounts ?? []).forEach((m, i) => {
    const mp = `${path}.volumeMounts[${i}]`;
    if (!m.name) errs.push(required(`${mp}.name`));
    else if (!volumes.has(m.name)) errs.push(notFound(`${mp}.name`, m.name));
    if (!m.mountPath) errs.push(required(`${mp}.mountPath`));
  });
  validateProbe(errs, c.livenessProbe, `${path}.livenessProbe`, true);
  validateProbe(errs, c.readinessProbe, `${path}.readinessProbe`, false);
  validateProbe(errs, c.startupProbe, `${path}.startupProbe`, true);
  validateResources(errs, c, path);
}

function validateVolumes(errs: FieldError[], pod: Pod): Set<string> {
  const names = new Set<string>();
  (pod.spec.volumes ?? []).forEach((v, i) => {
    const path = `spec.volumes[${i}]`;
    if (!v.name) errs.push(required(`${path}.name`));
    else if (names.has(v.name)) errs.push(duplicate(`${path}.name`, v.name));
    else for (const e of isDNS1123Label(v.name)) errs.push(invalid(`${path}.name`, v.name, e));
    if (v.name) names.add(v.name);
    const sources = Object.keys(v).filter((k) => k !== 'name' && v[k] !== undefined && v[k] !== null);
    if (sources.length > 1) errs.push(forbidden(`${path}.${sources[1]}`, 'may not specify more than 1 volume type'));
  });
  return names;
}

/** ValidatePodCreate, for what the simulator models. */
export function validatePod(pod: Pod): FieldError[] {
  const errs = validateObjectMeta(pod, true, false);
  const spec = pod.spec;
  const volumes = validateVolumes(errs, pod);
  const seen = new Set<string>();
  const checkList = (list: Container[] | undefined, field: string) => {
    (list ?? []).forEach((c, i) => {
      const path = `spec.${field}[${i}]`;
      validateContainer(errs, c, path, volumes);
      if (c.name && seen.has(c.name)) errs.push(duplicate(`${path}.name`, c.name));
      if (c.name) seen.add(c.name);
    });
  };
  if (!spec.containers || spec.containers.length === 0) errs.push(required('spec.containers'));
  checkList(spec.containers, 'containers');
  checkList(spec.initContainers, 'initContainers');
  (spec.ephemeralContainers ?? []).forEach((c, i) => validateContainer(errs, c, `spec.ephemeralContainers[${i}]`, volumes));
  errs.push(...validateEphemeralContainers(pod));
  enumCheck(errs, 'PodSpec', 'restartPolicy', spec.restartPolicy, 'spec.restartPolicy');
  enumCheck(errs, 'PodSpec', 'dnsPolicy', spec.dnsPolicy, 'spec.dnsPolicy');
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds <= 0) {
    errs.push(invalid('spec.activeDeadlineSeconds', spec.activeDeadlineSeconds, 'must be between 1 and 2147483647, inclusive'));
  }
  if (spec.terminationGracePeriodSeconds !== undefined && spec.terminationGracePeriodSeconds < 0) {
    errs.push(invalid('spec.terminationGracePeriodSeconds', spec.terminationGracePeriodSeconds, 'must be greater than or equal to 0'));
  }
  errs.push(...validateLabels(spec.nodeSelector, 'spec.nodeSelector'));
  return errs;
}

/** Create-time validation per kind. */
export function validateObject(kind: string, obj: KubeObject, namespaced: boolean): FieldError[] {
  if (kind === 'Pod') {
    const pod = obj as Pod;
    const errs = validatePod(pod);
    // Ephemeral containers arrive only through pods/ephemeralcontainers.
    if ((pod.spec?.ephemeralContainers ?? []).length > 0) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
    return errs;
  }
  return validateObjectMeta(obj, namespaced, kind === 'Namespace');
}
