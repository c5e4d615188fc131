// The meta.k8s.io/v1 Table kube-apiserver returns when a client asks for `as=Table` (kubectl get):
// cells from PodLab's server-side printers (printPod, printNode, ...), the column definitions with
// their formats, and each row's object as includeObject asks (None, PartialObjectMetadata, Object).
// Models staging/src/k8s.io/apiserver/pkg/endpoints/handlers/response.go (transformResponseObject)
// and pkg/printers/tablegenerator.go

import type { KubeObject } from '../../sim/api/types.ts';
import { tableFor } from '../../kubectl/printers/table-handlers.ts';

export type IncludeObject = 'None' | 'Object' | 'Metadata';

/** Whether an Accept header asks for a Table, as kubectl get does. */
export function wantsTable(accept: string): boolean {
  return /as=Table/.test(accept);
}

export function includeObjectOf(query: Record<string, string>): IncludeObject {
  const v = query.includeObject;
  return v === 'None' ? 'None' : v === 'Object' ? 'Object' : 'Metadata';
}

function rowObject(object: KubeObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return object;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata };
}

/** A Table for objects of one kind at `now`; `columns` false leaves the definitions out (later watch events). */
export function tableResponse(kind: string, objects: readonly KubeObject[], now: number, include: IncludeObject, resourceVersion: string | undefined, columns = true): unknown {
  const table = tableFor(kind, objects, now);
  return {
    kind: 'Table', apiVersion: 'meta.k8s.io/v1',
    metadata: resourceVersion ? { resourceVersion } : {},
    columnDefinitions: columns
      ? table.columnDefinitions.map((c) => ({
        name: c.name, type: c.type, format: c.name === 'Name' ? 'name' : '', description: c.description ?? '', priority: c.priority,
      }))
      : null,
    rows: table.rows.map((r) => {
      const object = rowObject(r.object, include);
      return object === undefined ? { cells: r.cells } : { cells: r.cells, object };
    }),
  };
}
