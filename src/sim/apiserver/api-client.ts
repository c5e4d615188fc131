// The client interface to the simulated API server: what kubectl, the scheduler, kubelets and
// lab checks use. Requests are narrow records; every call returns the object or a Status
// (errors are values, never throws). Calls complete synchronously, as in-process as etcd.
// Models staging/src/k8s.io/client-go/rest (the verbs), not its transport.

import type { KubeObject, List, Status } from '../api/types.ts';
import type { PatchType } from './patch.ts';
import type { Resource } from './registry.ts';
import type { Watch, WatchEvent } from './watch.ts';

export type { Resource, PatchType, Watch, WatchEvent };

export interface WriteOptions {
  /** metadata.managedFields manager, as client-go derives it from the user agent (`kubectl-run`). */
  fieldManager?: string;
  /** `All` validates and defaults but stores nothing (kubectl --dry-run=server). */
  dryRun?: 'All';
  /** Server-side field validation: `Strict` (kubectl default) rejects unknown fields,
   *  `Warn` reports them in `warnings`, `Ignore` drops them silently. */
  fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
  /** Receives `Warning:` texts (unknown fields under `Warn`). */
  warnings?: string[];
}

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
  /** For watch: deliver changes after this version; unset or `0` starts with ADDED for every object. */
  resourceVersion?: string;
}

export interface DeleteOptions {
  /** Seconds before a pod is removed; default its terminationGracePeriodSeconds. */
  gracePeriodSeconds?: number;
  /** With grace 0: remove at once without waiting for the kubelet (kubectl --force). */
  force?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: 'All';
}

export interface ObjectRequest {
  resource: Resource;
  namespace?: string;
  name: string;
}

export interface CreateRequest {
  resource: Resource;
  namespace?: string;
  body: unknown;
  options?: WriteOptions;
}

export interface UpdateRequest extends ObjectRequest {
  body: unknown;
  options?: WriteOptions;
}

export interface PatchRequest extends ObjectRequest {
  patchType: PatchType;
  body: unknown;
  /** `ephemeralcontainers` (pods only) changes nothing but spec.ephemeralContainers. */
  subresource?: 'status' | 'ephemeralcontainers';
  options?: WriteOptions;
}

export interface ListRequest {
  resource: Resource;
  /** Unset lists across all namespaces. */
  namespace?: string;
  options?: ListOptions;
  /**
   * Hands out the stored objects themselves, as an informer's cache does: the caller only reads
   * them. Controllers that list on every tick use it to skip the copies.
   */
  readOnly?: boolean;
}

export interface DeleteRequest extends ObjectRequest {
  options?: DeleteOptions;
}

export interface BindRequest {
  namespace: string;
  /** The pod's name. */
  name: string;
  /** Node to bind to (a v1 Binding's target.name). */
  node: string;
  options?: WriteOptions;
}

export interface ApiClient {
  create<T extends KubeObject = KubeObject>(req: CreateRequest): T | Status;
  get<T extends KubeObject = KubeObject>(req: ObjectRequest): T | Status;
  list<T extends KubeObject = KubeObject>(req: ListRequest): List<T> | Status;
  update<T extends KubeObject = KubeObject>(req: UpdateRequest): T | Status;
  /** Writes only `.status` (the status subresource). */
  updateStatus<T extends KubeObject = KubeObject>(req: UpdateRequest): T | Status;
  patch<T extends KubeObject = KubeObject>(req: PatchRequest): T | Status;
  /** Returns the object as deletion left it: still present with deletionTimestamp when graceful. */
  delete<T extends KubeObject = KubeObject>(req: DeleteRequest): T | Status;
  /** pods/binding: sets spec.nodeName once (the scheduler's bind). */
  bind(req: BindRequest): Status;
  watch<T extends KubeObject = KubeObject>(req: ListRequest, handler: (event: WatchEvent<T>) => void): Watch | Status;
}
