// `podlab serve`'s request handling, free of any socket: kube-apiserver's REST surface over the
// simulated cluster for the resources PodLab stores — discovery, list/get (JSON or Table),
// create, update, patch, delete, watch, the status subresource, pods/binding and pods/log —
// with every failure answered as a Status. Virtual time moves only through /podlab/advance.
// Models staging/src/k8s.io/apiserver/pkg/endpoints/handlers (get.go, create.go, update.go,
// patch.go, delete.go, watch.go)

import type { KubeObject, Status } from '../../sim/api/types.ts';
import type { ApiClient, DeleteOptions, PatchType, WriteOptions } from '../../sim/apiserver/api-client.ts';
import { isStatus, newBadRequest } from '../../sim/api/errors.ts';
import type { KubeletEndpoints } from '../../kubectl/cluster.ts';
import type { ResourceType } from '../../kubectl/resource-types.ts';
import { discovery, groupVersions, typesOf } from './discovery.ts';
import { openapiV2Document, openapiV3Document, openapiV3Root } from './openapi.ts';
import { jsonResponse, type HttpRequest, type HttpResponse } from './http.ts';
import { parseApiPath, type ApiPath } from './api-path.ts';
import { podLog } from './pod-log.ts';
import { includeObjectOf, tableResponse, wantsTable } from './table-response.ts';
import { watchStream } from './watch-stream.ts';

/** What the router serves: the cluster as a client reaches it, and its virtual clock. */
export interface ServeBackend {
  api: ApiClient;
  kubelet(node: string): KubeletEndpoints | undefined;
  now(): number;
  /** Moves virtual time on, letting the cluster act (POST /podlab/advance?seconds=N). */
  advance(ms: number): Promise<void>;
}

export type Router = (req: HttpRequest) => Promise<HttpResponse>;

const PATCH_TYPES: Record<string, PatchType> = {
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/json-patch+json': 'json',
};

function statusResponse(s: Status): HttpResponse {
  return jsonResponse(s.code ?? 500, s);
}

function notFoundPath(): HttpResponse {
  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '404 page not found\n' };
}

function qualified(t: ResourceType): string {
  return t.group ? `${t.name}.${t.group}` : t.name;
}

function writeOptions(query: Record<string, string>, warnings: string[]): WriteOptions {
  const v = query.fieldValidation;
  return {
    fieldManager: query.fieldManager || undefined,
    dryRun: query.dryRun === 'All' ? 'All' : undefined,
    fieldValidation: v === 'Strict' || v === 'Warn' || v === 'Ignore' ? v : undefined,
    warnings,
  };
}

function withWarnings(res: HttpResponse, warnings: string[]): HttpResponse {
  if (warnings.length > 0) res.headers.warning = warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ');
  return res;
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (e) {
    return newBadRequest(`the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf: ${(e as Error).message}`);
  }
}

function deleteOptions(query: Record<string, string>, body: string): DeleteOptions | Status {
  const parsed = body.trim() ? parseBody(body) : {};
  if (isStatus(parsed)) return parsed;
  const o = (parsed ?? {}) as { gracePeriodSeconds?: number; preconditions?: DeleteOptions['preconditions']; dryRun?: string[] };
  const grace = query.gracePeriodSeconds !== undefined ? Number(query.gracePeriodSeconds) : o.gracePeriodSeconds;
  const dryRun = query.dryRun === 'All' || o.dryRun?.includes('All') ? 'All' as const : undefined;
  // An explicit zero is kubectl --force: the pod goes at once, as the registry does for grace 0.
  return { gracePeriodSeconds: grace, force: grace === 0 ? true : undefined, preconditions: o.preconditions, dryRun };
}

export function createRouter(backend: () => ServeBackend): Router {
  return async (req) => {
    const b = backend();
    if (req.path === '/podlab/advance') {
      const seconds = Number(req.query.seconds ?? '0');
      if (!Number.isFinite(seconds) || seconds < 0) return statusResponse(newBadRequest(`invalid seconds: ${req.query.seconds}`));
      await b.advance(seconds * 1000);
      return jsonResponse(200, { now: new Date(b.now()).toISOString() });
    }
    if (req.path === '/healthz' || req.path === '/livez' || req.path === '/readyz') {
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'ok' };
    }
    if (req.method === 'GET' && req.path.startsWith('/openapi/')) return openapi(req);
    const disc = req.method === 'GET' ? discovery(req.path, req.headers.accept ?? '') : undefined;
    if (disc) return disc;
    const p = parseApiPath(req.path);
    if (p?.groupVersion === 'coordination.k8s.io/v1' && p.resource === 'leases' && req.method === 'GET' && p.name) return nodeLease(b, p);
    const type = p && typesOf(p.groupVersion)?.find((t) => t.name === p.resource);
    if (!p || !type) return notFoundPath();
    return resource(b, req, p, type);
  };
}

async function openapi(req: HttpRequest): Promise<HttpResponse> {
  const groups = groupVersions();
  const path = req.path.replace(/\/$/, '');
  if (path === '/openapi/v3') return jsonResponse(200, openapiV3Root(groups));
  if (path === '/openapi/v2') {
    // kubectl asks for protobuf only; a JSON document would not parse there.
    if (!/json|\*\/\*/.test(req.headers.accept ?? '*/*')) return { status: 406, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'only application/json is served\n' };
    return jsonResponse(200, await openapiV2Document(groups));
  }
  const m = /^\/openapi\/v3\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))$/.exec(path);
  const gv = m ? m[1] ?? m[2] : undefined;
  const types = gv ? groups.get(gv) : undefined;
  if (!gv || !types) return notFoundPath();
  return jsonResponse(200, await openapiV3Document(gv, types));
}

async function resource(b: ServeBackend, req: HttpRequest, p: ApiPath, type: ResourceType): Promise<HttpResponse> {
  const accept = req.headers.accept ?? '';
  const table = wantsTable(accept);
  const namespace = type.namespaced ? p.namespace : undefined;
  const warnings: string[] = [];
  const sub = p.subresource;
  if (!type.served) {
    // Discovered kinds the simulator stores none of: empty collections, every name NotFound.
    if (req.method === 'GET' && !p.name) {
      if (table) return jsonResponse(200, tableResponse(type.kind, [], b.now(), 'None', '1'));
      return jsonResponse(200, { kind: `${type.kind}List`, apiVersion: type.group ? `${type.group}/${type.version}` : type.version, metadata: { resourceVersion: '1' }, items: [] });
    }
    const name = p.name ?? '';
    return statusResponse({
      apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'NotFound', code: 404,
      message: `${qualified(type)} "${name}" not found`, details: { name, group: type.group || undefined, kind: type.name },
    });
  }
  const resourceName = type.served;
  const one = <T extends KubeObject>(r: T | Status, code = 200): HttpResponse => {
    if (isStatus(r)) return statusResponse(r);
    if (table && req.method === 'GET') return jsonResponse(code, tableResponse(type.kind, [r], b.now(), includeObjectOf(req.query), r.metadata.resourceVersion));
    return withWarnings(jsonResponse(code, r), warnings);
  };
  const selectors = {
    labelSelector: req.query.labelSelector || undefined,
    fieldSelector: req.query.fieldSelector || undefined,
    resourceVersion: req.query.resourceVersion || undefined,
  };
  if (!p.name) {
    if (req.method === 'GET') {
      if (req.query.watch === 'true' || req.query.watch === '1') {
        return watchStream(b, { resource: resourceName, namespace, options: selectors }, type.kind, table ? includeObjectOf(req.query) : undefined);
      }
      const list = b.api.list({ resource: resourceName, namespace, options: { labelSelector: selectors.labelSelector, fieldSelector: selectors.fieldSelector } });
      if (isStatus(list)) return statusResponse(list);
      if (table) return jsonResponse(200, tableResponse(type.kind, list.items, b.now(), includeObjectOf(req.query), list.metadata.resourceVersion));
      return jsonResponse(200, list);
    }
    if (req.method === 'POST') {
      const body = parseBody(req.body);
      if (isStatus(body)) return statusResponse(body);
      return one(b.api.create({ resource: resourceName, namespace, body, options: writeOptions(req.query, warnings) }), 201);
    }
    return statusResponse(methodNotAllowed(req.method));
  }
  const target = { resource: resourceName, namespace, name: p.name };
  if (sub === 'log' && type.name === 'pods' && req.method === 'GET') {
    const r = podLog(b.api, (n) => b.kubelet(n), namespace ?? 'default', p.name, req.query);
    return isStatus(r) ? statusResponse(r) : r;
  }
  if (sub === 'binding' && type.name === 'pods' && req.method === 'POST') {
    const body = parseBody(req.body) as { target?: { name?: string } } | Status;
    if (isStatus(body)) return statusResponse(body);
    const s = b.api.bind({ namespace: namespace ?? 'default', name: p.name, node: body.target?.name ?? '' });
    return jsonResponse(s.code ?? 201, s);
  }
  const ephemeral = sub === 'ephemeralcontainers' && type.name === 'pods';
  if (sub !== undefined && sub !== 'status' && !ephemeral) return notFoundPath();
  switch (req.method) {
    case 'GET':
      return one(b.api.get(target));
    case 'PUT': {
      const body = parseBody(req.body);
      if (isStatus(body)) return statusResponse(body);
      const r = { ...target, body, options: writeOptions(req.query, warnings) };
      if (ephemeral) {
        // PUT pods/NAME/ephemeralcontainers is a patch replacing the list, as the registry's update is.
        const list = (body as { spec?: { ephemeralContainers?: unknown } } | null)?.spec?.ephemeralContainers ?? null;
        return one(b.api.patch({ ...target, patchType: 'merge', body: { spec: { ephemeralContainers: list } }, subresource: 'ephemeralcontainers', options: r.options }));
      }
      return one(sub === 'status' ? b.api.updateStatus(r) : b.api.update(r));
    }
    case 'PATCH': {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim();
      const patchType = PATCH_TYPES[contentType];
      if (!patchType) {
        return statusResponse({
          apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'UnsupportedMediaType', code: 415,
          message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`,
        });
      }
      const body = parseBody(req.body);
      if (isStatus(body)) return statusResponse(body);
      return one(b.api.patch({ ...target, patchType, body, subresource: sub === 'status' || ephemeral ? sub : undefined, options: writeOptions(req.query, warnings) }));
    }
    case 'DELETE': {
      if (sub) return statusResponse(methodNotAllowed(req.method));
      const options = deleteOptions(req.query, req.body);
      if (isStatus(options)) return statusResponse(options);
      return one(b.api.delete({ ...target, options }));
    }
    default:
      return statusResponse(methodNotAllowed(req.method));
  }
}

/**
 * kubectl describe node reads the node's heartbeat Lease. PodLab's kubelets keep no Lease, so
 * each node has one with an empty spec (describe shows `<unset>`), and it is not discovered.
 */
function nodeLease(b: ServeBackend, p: ApiPath): HttpResponse {
  const node = p.namespace === 'kube-node-lease' ? b.api.get({ resource: 'nodes', name: p.name ?? '' }) : undefined;
  if (!node || isStatus(node)) {
    const name = p.name ?? '';
    return statusResponse({
      apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'NotFound', code: 404,
      message: `leases.coordination.k8s.io "${name}" not found`, details: { name, group: 'coordination.k8s.io', kind: 'leases' },
    });
  }
  return jsonResponse(200, {
    apiVersion: 'coordination.k8s.io/v1', kind: 'Lease',
    metadata: { name: p.name, namespace: 'kube-node-lease', creationTimestamp: node.metadata.creationTimestamp, uid: node.metadata.uid, resourceVersion: node.metadata.resourceVersion },
    spec: {},
  });
}

function methodNotAllowed(method: string): Status {
  return { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'MethodNotAllowed', code: 405, message: `the server does not allow this method on the requested resource (${method})` };
}
