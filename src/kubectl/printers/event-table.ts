// `kubectl get events` columns and row cells.
// Models pkg/printers/internalversion/printers.go (eventColumnDefinitions, printEvent, formatEventSource).

import type { Event } from '../../sim/api/types.ts';
import { humanDuration, parseTime, translateTimestampSince } from './duration.ts';
import type { TableColumnDefinition } from './table.ts';

export const EVENT_COLUMNS: TableColumnDefinition[] = [
  { name: 'Last Seen', type: 'string', priority: 0 },
  { name: 'Type', type: 'string', priority: 0 },
  { name: 'Reason', type: 'string', priority: 0 },
  { name: 'Object', type: 'string', priority: 0 },
  { name: 'Subobject', type: 'string', priority: 1 },
  { name: 'Source', type: 'string', priority: 1 },
  { name: 'Message', type: 'string', priority: 0 },
  { name: 'First Seen', type: 'string', priority: 1 },
  { name: 'Count', type: 'string', priority: 1 },
  { name: 'Name', type: 'string', priority: 1 },
];

interface NewStyleEvent extends Event {
  series?: { count?: number; lastObservedTime?: string };
  reportingController?: string;
}

function microSince(timestamp: string | null | undefined, now: number): string {
  const t = parseTime(timestamp);
  return t === undefined ? '<unknown>' : humanDuration(now - t);
}

export function printEvent(event: Event, now: number): (string | number)[] {
  const e = event as NewStyleEvent;
  const first = parseTime(e.firstTimestamp) !== undefined ? translateTimestampSince(e.firstTimestamp, now) : microSince(e.eventTime, now);
  let last = parseTime(e.lastTimestamp) !== undefined ? translateTimestampSince(e.lastTimestamp, now) : first;
  let count = e.count ?? 0;
  if (e.series) {
    last = microSince(e.series.lastObservedTime, now);
    count = e.series.count ?? 0;
  } else if (count === 0) {
    count = 1; // singleton events of the events.k8s.io API carry no count
  }
  const kind = (e.involvedObject.kind ?? '').toLowerCase();
  const target = e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind;
  const component = e.source?.component || e.reportingController || e.reportingComponent || '';
  const host = e.source?.host || e.reportingInstance || '';
  const source = host ? `${component}, ${host}` : component;
  return [last, e.type ?? '', e.reason ?? '', target, e.involvedObject.fieldPath ?? '', source, (e.message ?? '').trim(), first, count, e.metadata.name ?? ''];
}
