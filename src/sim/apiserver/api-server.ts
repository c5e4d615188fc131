// The simulated kube-apiserver: decode → default → admit → validate → store, for the core/v1
// resources PodLab serves, with resourceVersions, watches, the status subresource and graceful
// pod deletion. Every method returns the object or a Status.
// Models staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go

import type { VirtualClock } from '../clock.ts';
import { clone } from '../api/clone.ts';
import type { Random } from '../random.ts';
import type { KubeObject, List, Pod, PodCondition, ServiceAccount, Status } from '../api/types.ts';
import {
  isStatus, newAlreadyExists, newBadRequest, newConflict, newForbidden, newInvalid, newNotFound, OPTIMISTIC_LOCK_ERROR,
} from '../api/errors.ts';
import type {
  ApiClient, BindRequest, CreateRequest, DeleteRequest, ListRequest, ObjectRequest, PatchRequest, UpdateRequest, WriteOptions,
} from './api-client.ts';
import { admitPodCreate } from './admission.ts';
import { bootstrapObjects, SYSTEM_NAMESPACES } from './bootstrap.ts';
import { decodeRequest } from './decode-request.ts';
import { fillPodStatusStructs } from './defaults.ts';
import { decideDelete, rfc3339Seconds } from './graceful-delete.ts';
import { updateManagedFields } from './managed-fields.ts';
import { generateName } from './names.ts';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch.ts';
import { resourceForKind, resourceInfo, type ResourceInfo } from './registry.ts';
import { Selection } from './selection.ts';
import { Store } from './store.ts';
import { validateObject } from './validation.ts';
import { validateMetaUpdate, validatePodUpdate } from './validate-update.ts';
import { validateEphemeralContainersUpdate } from './validate-ephemeral.ts';
import { deliver, type Watch, type WatchEvent, type Watcher } from './watch.ts';
import { EventTTL } from './event-ttl.ts';

export interface ApiServerOptions {
  clock: VirtualClock;
  random: Random;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class ApiServer implements ApiClient {
  private readonly clock: VirtualClock;
  private readonly random: Random;
  private readonly store = new Store();
  private readonly ttl: EventTTL;

  constructor(options: ApiServerOptions) {
    this.clock = options.clock;
    this.random = options.random;
    this.ttl = new EventTTL(this.clock, (ns, name, rv) => this.expireEvent(ns, name, rv));
    for (const b of bootstrapObjects()) this.create({ resource: b.resource, body: b.body, options: { fieldManager: b.manager } });
  }

  private now(): string {
    return rfc3339Seconds(this.clock.now());
  }

  private info(resource: string): ResourceInfo | Status {
    return resourceInfo(resource) ?? newNotFound(resource, '');
  }

  private namespaceOf(info: ResourceInfo, requested: string | undefined): string | undefined {
    return info.namespaced ? requested || 'default' : undefined;
  }

  create<T extends KubeObject = KubeObject>(req: CreateRequest): T | Status {
    const info = this.info(req.resource);
    if (isStatus(info)) return info;
    const options = req.options ?? {};
    const bodyNs = (req.body as KubeObject | undefined)?.metadata?.namespace;
    if (info.namespaced && req.namespace && bodyNs && bodyNs !== req.namespace) {
      return newBadRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
    const ns = this.namespaceOf(info, req.namespace ?? bodyNs);
    if (ns !== undefined) {
      const nsObj = this.store.get('namespaces', undefined, ns);
      if (!nsObj) return newNotFound('namespaces', ns);
      if (nsObj.metadata.deletionTimestamp) {
        return newForbidden(info.resource, (req.body as KubeObject)?.metadata?.name ?? '', `unable to create new content in namespace ${ns} because it is being terminated`);
      }
    }
    const obj = decodeRequest(info.kind, req.body, options);
    if (isStatus(obj)) return obj;
    if (ns !== undefined) obj.metadata.namespace = ns;
    else delete obj.metadata.namespace;
    const managedBase = clone(obj);
    if (info.kind === 'Pod') {
      const denied = admitPodCreate(obj as Pod, ns!, {
        serviceAccount: (n, name) => this.store.get('serviceaccounts', n, name) as ServiceAccount | undefined,
        suffix: () => this.random.suffix(),
      });
      if (denied) return denied;
    }
    if (info.statusSubresource && info.kind !== 'Node') delete obj.status;
    info.prepareForCreate?.(obj);
    const m = obj.metadata;
    if (!m.name && m.generateName) m.name = generateName(m.generateName, this.random.suffix());
    const errs = validateObject(info.kind, obj, info.namespaced);
    if (errs.length > 0) return newInvalid(info.kind, m.name ?? '', errs);
    if (this.store.get(info.resource, ns, m.name!)) return newAlreadyExists(info.resource, m.name!);
    m.uid = this.random.uuid();
    m.creationTimestamp = this.now();
    for (const f of ['resourceVersion', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generation', 'selfLink']) delete (m as Record<string, unknown>)[f];
    managedBase.metadata = { ...managedBase.metadata, name: m.name };
    m.managedFields = updateManagedFields(info.kind, undefined, managedBase, this.manager(options));
    if (options.dryRun === 'All') return obj as T;
    const stored = this.store.write(info.resource, obj, 'ADDED');
    if (info.resource === 'events') this.ttl.touch(stored);
    return clone(stored) as T;
  }

  private manager(options: WriteOptions, subresource?: string) {
    return { manager: options.fieldManager ?? 'unknown', operation: 'Update' as const, subresource, time: this.now(), apiVersion: 'v1' };
  }

  get<T extends KubeObject = KubeObject>(req: ObjectRequest): T | Status {
    const info = this.info(req.resource);
    if (isStatus(info)) return info;
    if (!req.name) return newBadRequest('resource name may not be empty');
    const obj = this.store.get(info.resource, this.namespaceOf(info, req.namespace), req.name);
    return obj ? (clone(obj) as T) : newNotFound(info.resource, req.name);
  }

  list<T extends KubeObject = KubeObject>(req: ListRequest): List<T> | Status {
    const info = this.info(req.resource);
    if (isStatus(info)) return info;
    const sel = Selection.parse(info.resource, req.options);
    if (isStatus(sel)) return sel;
    const items = this.store.list(info.resource, info.namespaced ? req.namespace : undefined).filter((o) => sel.matches(o));
    return {
      apiVersion: 'v1', kind: `${info.kind}List`,
      metadata: { resourceVersion: String(this.store.resourceVersion()) },
      items: (req.readOnly ? items : clone(items)) as T[],
    };
  }

  update<T extends KubeObject = KubeObject>(req: UpdateRequest): T | Status {
    return this.doUpdate<T>(req, undefined);
  }

  updateStatus<T extends KubeObject = KubeObject>(req: UpdateRequest): T | Status {
    return this.doUpdate<T>(req, 'status');
  }

  /** pods/ephemeralcontainers: adds ephemeral containers to a pod; the rest of the body is ignored. */
  updateEphemeralContainers<T extends KubeObject = KubeObject>(req: UpdateRequest): T | Status {
    if (req.resource !== 'pods') return newNotFound(req.resource, req.name);
    return this.doUpdate<T>(req, 'ephemeralcontainers');
  }

  private doUpdate<T extends KubeObject>(req: UpdateRequest, subresource: 'status' | 'ephemeralcontainers' | undefined): T | Status {
    const info = this.info(req.resource);
    if (isStatus(info)) return info;
    if (!req.name) return newBadRequest('resource name may not be empty');
    const ns = this.namespaceOf(info, req.namespace);
    const old = this.store.get(info.resource, ns, req.name);
    if (!old) return newNotFound(info.resource, req.name);
    const options = req.options ?? {};
    const decoded = decodeRequest(info.kind, req.body, options);
    if (isStatus(decoded)) return decoded;
    const rv = decoded.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) return newConflict(info.resource, req.name, OPTIMISTIC_LOCK_ERROR);
    let obj: KubeObject;
    if (subresource === 'status') {
      obj = { ...clone(old), status: decoded.status };
      if (info.kind === 'Pod') fillPodStatusStructs(obj as Pod);
    } else if (subresource === 'ephemeralcontainers') {
      // Models pkg/registry/core/pod/strategy.go (podEphemeralContainersStrategy.PrepareForUpdate).
      const pod = clone(old) as Pod;
      pod.spec.ephemeralContainers = (decoded as Pod).spec?.ephemeralContainers;
      if (!pod.spec.ephemeralContainers?.length) delete pod.spec.ephemeralContainers;
      obj = pod;
      const errs = validateEphemeralContainersUpdate(pod, old as Pod);
      if (errs.length > 0) return newInvalid(info.kind, req.name, errs);
    } else {
      obj = decoded;
      obj.metadata.namespace = ns;
      if (info.statusSubresource) obj.status = clone(old.status);
      const keep = ['uid', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generation'] as const;
      for (const f of keep) {
        if (old.metadata[f] === undefined) delete obj.metadata[f];
        else (obj.metadata as Record<string, unknown>)[f] = old.metadata[f];
      }
      if (!obj.metadata.name) obj.metadata.name = req.name;
      // Only pods/ephemeralcontainers changes ephemeral containers; a plain update keeps them.
      if (info.kind === 'Pod') {
        const eph = (old as Pod).spec.ephemeralContainers;
        if (eph) (obj as Pod).spec.ephemeralContainers = clone(eph);
        else delete (obj as Pod).spec?.ephemeralContainers;
      }
      const errs = [...validateMetaUpdate(obj, old), ...(info.kind === 'Pod' ? validatePodUpdate(obj as Pod, old as Pod) : [])];
      if (errs.length > 0) return newInvalid(info.kind, req.name, errs);
    }
    obj.metadata.resourceVersion = old.metadata.resourceVersion;
    obj.metadata.managedFields = old.metadata.managedFields;
    if (same(obj, old)) return clone(old) as T;
    obj.metadata.managedFields = updateManagedFields(info.kind, old, obj, this.manager(options, subresource));
    if (options.dryRun === 'All') return obj as T;
    const stored = this.store.write(info.resource, obj, 'MODIFIED');
    if (info.resource === 'events') this.ttl.touch(stored);
    return clone(stored) as T;
  }

  patch<T extends KubeObject = KubeObject>(req: PatchRequest): T | Status {
    const info = this.info(req.resource);
    if (isStatus(info)) return info;
    const current = this.get(req);
    if (isStatus(current)) return current;
    let patched: unknown;
    if (req.patchType === 'json') {
      const r = jsonPatch(current, req.body);
      if ('error' in r) return newBadRequest(r.error);
      patched = r.result;
    } else {
      patched = req.patchType === 'merge' ? mergePatch(current, req.body) : strategicMergePatch(current, req.body);
    }
    const body = patched as KubeObject;
    delete body.metadata?.managedFields;
    const update = { ...req, body, name: req.name };
    if (req.subresource === 'ephemeralcontainers') return this.updateEphemeralContainers<T>(update);
    return req.subresource === 'status' ? this.updateStatus<T>(update) : this.update<T>(update);
  }

  delete<T extends KubeObject = KubeObject>(req: DeleteRequest): T | Status {
    const info = this.info(req.resource);
    if (isStatus(info)) return info;
    if (!req.name) return newBadRequest('resource name may not be empty');
    const ns = this.namespaceOf(info, req.namespace);
    const obj = this.store.get(info.resource, ns, req.name);
    if (!obj) return newNotFound(info.resource, req.name);
    const options = req.options ?? {};
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== obj.metadata.uid) {
      return newConflict(info.resource, req.name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${obj.metadata.uid}`);
    }
    if (pre?.resourceVersion && pre.resourceVersion !== obj.metadata.resourceVersion) {
      return newConflict(info.resource, req.name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${obj.metadata.resourceVersion}`);
    }
    if (info.resource === 'namespaces') {
      if (SYSTEM_NAMESPACES.includes(req.name)) return newForbidden('namespaces', req.name, 'this namespace may not be deleted');
      if (options.dryRun === 'All') return clone(obj) as T;
      return this.deleteNamespace(obj) as T;
    }
    const decision = decideDelete(info.resource, obj, options, this.clock.now());
    if (options.dryRun === 'All' || decision.action === 'unchanged') return clone(obj) as T;
    if (decision.action === 'mark') {
      const marked = clone(obj);
      marked.metadata.deletionTimestamp = decision.deletionTimestamp;
      marked.metadata.deletionGracePeriodSeconds = decision.gracePeriodSeconds;
      return clone(this.store.write(info.resource, marked, 'MODIFIED')) as T;
    }
    const last = this.store.remove(info.resource, obj);
    if (info.resource === 'pods') this.finishNamespace(ns!);
    return clone(last) as T;
  }

  /** Namespace deletion: Terminating until its pods are gone; other contents go at once. */
  private deleteNamespace(nsObj: KubeObject): KubeObject {
    const name = nsObj.metadata.name!;
    const marked = clone(nsObj);
    marked.metadata.deletionTimestamp = this.now();
    marked.metadata.deletionGracePeriodSeconds = 0;
    marked.status = { phase: 'Terminating' };
    const result = this.store.write('namespaces', marked, 'MODIFIED');
    for (const resource of ['configmaps', 'secrets', 'serviceaccounts', 'events'] as const) {
      for (const o of this.store.list(resource, name)) this.store.remove(resource, o);
    }
    for (const pod of this.store.list('pods', name)) this.delete({ resource: 'pods', namespace: name, name: pod.metadata.name! });
    this.finishNamespace(name);
    return clone(this.store.get('namespaces', undefined, name) ?? result);
  }

  private finishNamespace(ns: string): void {
    const nsObj = this.store.get('namespaces', undefined, ns);
    if (nsObj?.metadata.deletionTimestamp && this.store.list('pods', ns).length === 0) this.store.remove('namespaces', nsObj);
  }

  bind(req: BindRequest): Status {
    const pod = this.store.get('pods', req.namespace, req.name) as Pod | undefined;
    if (!pod) return newNotFound('pods', req.name);
    if (pod.metadata.deletionTimestamp) return newConflict('pods/binding', req.name, `pod ${req.name} is being deleted, cannot be assigned to a host`);
    if (pod.spec.nodeName) return newConflict('pods/binding', req.name, `pod ${req.name} is already assigned to node "${pod.spec.nodeName}"`);
    const bound = clone(pod);
    bound.spec.nodeName = req.node;
    const conditions: PodCondition[] = (bound.status ??= {}).conditions ?? [];
    const cond = { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: this.now() };
    bound.status.conditions = [...conditions.filter((c) => c.type !== 'PodScheduled'), cond];
    this.store.write('pods', bound, 'MODIFIED');
    return { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Success', message: '', reason: '', code: 201 };
  }

  watch<T extends KubeObject = KubeObject>(req: ListRequest, handler: (event: WatchEvent<T>) => void): Watch | Status {
    const info = this.info(req.resource);
    if (isStatus(info)) return info;
    const sel = Selection.parse(info.resource, req.options);
    if (isStatus(sel)) return sel;
    const watcher: Watcher = {
      resource: info.resource, namespace: info.namespaced ? req.namespace : undefined,
      matches: (o: KubeObject) => sel.matches(o), handler: handler as (e: WatchEvent) => void,
    };
    const nodeName = info.resource === 'pods' ? sel.requiredValue('spec.nodeName') : undefined;
    if (nodeName !== undefined) watcher.nodeName = nodeName;
    const from = req.options?.resourceVersion;
    if (!from || from === '0') {
      for (const o of this.store.list(info.resource, watcher.namespace)) {
        if (sel.matches(o)) watcher.handler({ type: 'ADDED', object: clone(o) });
      }
    } else {
      const since = Number(from);
      const oldest = this.store.hub.oldest();
      if (oldest !== undefined && since < oldest - 1) {
        return { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', reason: 'Expired', code: 410, message: `too old resource version: ${since} (${oldest - 1})` };
      }
      for (const c of this.store.hub.history) if (c.rv > since) deliver(watcher, c);
    }
    return this.store.hub.add(watcher);
  }

  private expireEvent(ns: string, name: string, rv: string): void {
    const ev = this.store.get('events', ns, name);
    if (ev && ev.metadata.resourceVersion === rv) this.store.remove('events', ev);
  }

  /** Every stored object, exactly as stored (status included), for saving a lab. */
  snapshot(): KubeObject[] {
    return clone(this.store.all().map((e) => e.object));
  }

  /** Replaces the whole store with `objects`, kept exactly as given. */
  load(objects: KubeObject[]): Status | undefined {
    for (const o of objects) {
      if (!resourceForKind(o.kind ?? '') || !o.metadata?.name) return newBadRequest(`cannot load object of kind "${o.kind}"`);
    }
    this.store.clear();
    for (const o of clone(objects)) {
      const info = resourceForKind(o.kind!)!;
      if (o.metadata.resourceVersion === undefined) o.metadata.resourceVersion = String(this.store.resourceVersion() + 1);
      this.store.restore(info.resource, o);
      if (info.resource === 'events') this.ttl.touch(o);
    }
    return undefined;
  }
}
