// The object store: what etcd is to a real cluster. One global resourceVersion counter, objects
// keyed by resource and namespace/name, every write published to the watch hub.

import type { KubeObject } from '../api/types.ts';
import { WatchHub, type WatchEventType } from './watch.ts';

export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export class Store {
  private rv: number;
  private readonly data = new Map<string, Map<string, KubeObject>>();
  readonly hub = new WatchHub();

  constructor(startResourceVersion = 1) {
    this.rv = startResourceVersion;
  }

  resourceVersion(): number {
    return this.rv;
  }

  private bucket(resource: string): Map<string, KubeObject> {
    let b = this.data.get(resource);
    if (!b) this.data.set(resource, (b = new Map()));
    return b;
  }

  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.data.get(resource)?.get(objectKey(namespace, name));
  }

  list(resource: string, namespace?: string): KubeObject[] {
    const all = [...(this.data.get(resource)?.values() ?? [])];
    const items = namespace ? all.filter((o) => o.metadata.namespace === namespace) : all;
    return items.sort((a, b) => objectKey(a.metadata.namespace, a.metadata.name!).localeCompare(objectKey(b.metadata.namespace, b.metadata.name!)));
  }

  /** Stores `obj` with the next resourceVersion and tells the watchers. */
  write(resource: string, obj: KubeObject, type: Exclude<WatchEventType, 'DELETED'>): KubeObject {
    const key = objectKey(obj.metadata.namespace, obj.metadata.name!);
    const previous = this.bucket(resource).get(key);
    this.rv++;
    obj.metadata.resourceVersion = String(this.rv);
    this.bucket(resource).set(key, obj);
    this.hub.publish({ resource, type, object: obj, previous, rv: this.rv });
    return obj;
  }

  remove(resource: string, obj: KubeObject): KubeObject {
    this.bucket(resource).delete(objectKey(obj.metadata.namespace, obj.metadata.name!));
    this.rv++;
    // A deleted object's last state carries the deletion's resourceVersion, as etcd reports it.
    const last = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(this.rv) } };
    this.hub.publish({ resource, type: 'DELETED', object: last, rv: this.rv });
    return last;
  }

  /** Every object of every resource, for snapshots. */
  all(): { resource: string; object: KubeObject }[] {
    const out: { resource: string; object: KubeObject }[] = [];
    for (const [resource, b] of this.data) for (const object of b.values()) out.push({ resource, object });
    return out;
  }

  /** Puts an object back exactly as given (restore), without a watch event. */
  restore(resource: string, obj: KubeObject): void {
    this.bucket(resource).set(objectKey(obj.metadata.namespace, obj.metadata.name!), obj);
    const rv = Number(obj.metadata.resourceVersion);
    if (Number.isFinite(rv) && rv > this.rv) this.rv = rv;
  }

  clear(): void {
    this.data.clear();
  }

  setResourceVersion(rv: number): void {
    this.rv = rv;
  }
}
