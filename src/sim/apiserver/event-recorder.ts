// Records Events about objects through the API, with client-go's aggregation: an event identical
// to an earlier one (same object, source, type, reason and message) bumps that Event's count and
// lastTimestamp instead of creating another object.
// Models staging/src/k8s.io/client-go/tools/record/event.go and events_cache.go (EventCorrelator)

import type { VirtualClock } from '../clock.ts';
import type { Event, KubeObject } from '../api/types.ts';
import { isStatus } from '../api/errors.ts';
import type { ApiClient } from './api-client.ts';
import { resourceForKind } from './registry.ts';
import { rfc3339Seconds } from './graceful-delete.ts';

export type EventType = 'Normal' | 'Warning';

export interface EventSourceOptions {
  /** source.component: `kubelet`, `default-scheduler`, … */
  component: string;
  /** source.host: the node, for kubelet events. */
  host?: string;
  /** involvedObject.fieldPath, e.g. `spec.containers{nginx}`. */
  fieldPath?: string;
}

interface Seen {
  namespace: string;
  name: string;
}

const CACHE_SIZE = 4096;

export class EventRecorder {
  private readonly api: ApiClient;
  private readonly clock: VirtualClock;
  private readonly seen = new Map<string, Seen>();
  private seq = 0;

  constructor(api: ApiClient, clock: VirtualClock) {
    this.api = api;
    this.clock = clock;
  }

  /** Records one event; returns the Event as stored, or undefined if the API refused it. */
  eventf(object: KubeObject, type: EventType, reason: string, message: string, source: EventSourceOptions): Event | undefined {
    const info = resourceForKind(object.kind ?? '');
    const namespace = object.metadata.namespace || 'default';
    const involvedObject = {
      apiVersion: object.apiVersion ?? 'v1',
      kind: object.kind ?? info?.kind,
      name: object.metadata.name,
      namespace: info?.namespaced === false ? undefined : object.metadata.namespace,
      uid: object.metadata.uid,
      resourceVersion: object.metadata.resourceVersion,
      fieldPath: source.fieldPath,
    };
    const now = rfc3339Seconds(this.clock.now());
    const key = JSON.stringify([source.component, source.host ?? '', involvedObject.kind, involvedObject.namespace ?? '',
      involvedObject.name, source.fieldPath ?? '', involvedObject.uid, involvedObject.apiVersion, type, reason, message]);
    const prior = this.seen.get(key);
    if (prior) {
      const existing = this.api.get<Event>({ resource: 'events', namespace: prior.namespace, name: prior.name });
      if (!isStatus(existing)) {
        const updated = this.api.patch<Event>({
          resource: 'events', namespace: prior.namespace, name: prior.name, patchType: 'strategic',
          body: { count: (existing.count ?? 1) + 1, lastTimestamp: now },
          options: { fieldManager: source.component },
        });
        if (!isStatus(updated)) return this.remember(key, updated);
      }
    }
    // Name: the object's name and the event's time in hex nanoseconds, as client-go makes it.
    const nanos = BigInt(this.clock.now()) * 1_000_000n + BigInt(this.seq++ % 1_000_000);
    const body: Event = {
      apiVersion: 'v1', kind: 'Event',
      metadata: { name: `${object.metadata.name}.${nanos.toString(16)}`, namespace },
      involvedObject, reason, message, type,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      firstTimestamp: now, lastTimestamp: now, count: 1, eventTime: null,
      reportingComponent: source.component, reportingInstance: source.host ?? '',
    };
    const created = this.api.create<Event>({ resource: 'events', namespace, body, options: { fieldManager: source.component } });
    return isStatus(created) ? undefined : this.remember(key, created);
  }

  private remember(key: string, ev: Event): Event {
    this.seen.delete(key);
    this.seen.set(key, { namespace: ev.metadata.namespace!, name: ev.metadata.name! });
    if (this.seen.size > CACHE_SIZE) this.seen.delete(this.seen.keys().next().value!);
    return ev;
  }
}
