// Field selectors (`spec.nodeName=node1,status.phase!=Running`) over the fields each resource
// supports. Models pkg/registry/core/pod/strategy.go (ToSelectableFields) and
// staging/src/k8s.io/apimachinery/pkg/fields/selector.go

import type { KubeObject } from '../api/types.ts';

export interface FieldRequirement {
  field: string;
  value: string;
  equal: boolean;
  /** `field` split at its dots, once: watches test every change against their selection. */
  path?: string[];
}

const SUPPORTED: Record<string, string[]> = {
  pods: ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName',
    'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  events: ['metadata.name', 'metadata.namespace', 'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name',
    'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath',
    'reason', 'reportingComponent', 'source', 'type'],
  nodes: ['metadata.name', 'spec.unschedulable'],
  namespaces: ['metadata.name', 'status.phase'],
  secrets: ['metadata.name', 'metadata.namespace', 'type'],
};

export function parseFieldSelector(resource: string, text: string): FieldRequirement[] | { error: string } {
  const reqs: FieldRequirement[] = [];
  if (text.trim() === '') return reqs;
  const allowed = SUPPORTED[resource] ?? ['metadata.name', 'metadata.namespace'];
  for (const term of text.split(',')) {
    const m = /^\s*([^=!\s]+)\s*(==|=|!=)\s*(.*?)\s*$/.exec(term);
    if (!m) return { error: `invalid selector: '${text}'; can't understand '${term}'` };
    if (!allowed.includes(m[1])) return { error: `field label not supported: ${m[1]}` };
    reqs.push({ field: m[1], value: m[3], equal: m[2] !== '!=', path: m[1].split('.') });
  }
  return reqs;
}

/** The value a field selector compares for `field` (`path` is the field split at its dots). */
export function fieldValue(obj: KubeObject, field: string, path = field.split('.')): string {
  if (field === 'source') return String((obj.source as { component?: string } | undefined)?.component ?? '');
  let cur: unknown = obj;
  for (const part of path) cur = (cur as Record<string, unknown> | undefined)?.[part];
  if (cur === undefined || cur === null) return field === 'spec.hostNetwork' || field === 'spec.unschedulable' ? 'false' : '';
  return String(cur);
}

export function matchesFields(reqs: FieldRequirement[], obj: KubeObject): boolean {
  for (const r of reqs) if ((fieldValue(obj, r.field, r.path) === r.value) !== r.equal) return false;
  return true;
}
