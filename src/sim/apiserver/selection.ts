// The label and field selectors of a list or watch request, parsed once.

import type { KubeObject, Status } from '../api/types.ts';
import { newBadRequest } from '../api/errors.ts';
import { matchesSelector, parseLabelSelector, type Selector } from '../api/label-selector.ts';
import type { ListOptions } from './api-client.ts';
import { matchesFields, parseFieldSelector, type FieldRequirement } from './field-selector.ts';

export class Selection {
  private readonly labels: Selector;
  private readonly fields: FieldRequirement[];

  private constructor(labels: Selector, fields: FieldRequirement[]) {
    this.labels = labels;
    this.fields = fields;
  }

  static parse(resource: string, options: ListOptions | undefined): Selection | Status {
    const labels = parseLabelSelector(options?.labelSelector ?? '');
    if ('error' in labels) return newBadRequest(labels.error);
    const fields = parseFieldSelector(resource, options?.fieldSelector ?? '');
    if ('error' in fields) return newBadRequest(fields.error);
    return new Selection(labels, fields);
  }

  /** The value an equality requirement on `field` demands (`spec.nodeName=node1`), if any. */
  requiredValue(field: string): string | undefined {
    return this.fields.find((r) => r.field === field && r.equal)?.value;
  }

  matches(obj: KubeObject): boolean {
    return matchesSelector(this.labels, obj.metadata.labels) && matchesFields(this.fields, obj);
  }
}
