// `kubectl events`: kubectl's own event table (unlike `get events`, rendered client side):
// LAST SEEN with `(xN over AGE)` for repeated events, OBJECT as `Kind/name`, oldest first.
// Models kubectl pkg/cmd/events/event_printer.go (printOneEvent, getInterval) and events.go
// (sorting by SortableEvents).

import type { Event } from '../../sim/api/types.ts';
import { humanDuration, parseTime, translateTimestampSince } from './duration.ts';
import { sortEvents } from './describe/describe-events.ts';
import { escapeTerminal } from './escape-terminal.ts';
import { TABLE_TABWRITER, tabwrite } from './tabwriter.ts';

interface SeriesEvent extends Event {
  series?: { count?: number; lastObservedTime?: string };
}

export interface KubectlEventsOptions {
  allNamespaces?: boolean;
  noHeaders?: boolean;
}

function microSince(timestamp: string | null | undefined, now: number): string {
  const t = parseTime(timestamp);
  return t === undefined ? '<unknown>' : humanDuration(now - t);
}

/** The LAST SEEN cell: `12s`, or `12s (x9 over 2m55s)` for a repeated event or series. */
export function eventInterval(event: Event, now: number): string {
  const e = event as SeriesEvent;
  const first = parseTime(e.eventTime) !== undefined ? microSince(e.eventTime, now) : translateTimestampSince(e.firstTimestamp, now);
  if (e.series) return `${microSince(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** The whole aligned table for the events (already filtered by --for / --types), sorted oldest first. */
export function printKubectlEvents(events: readonly Event[], now: number, options: KubectlEventsOptions = {}): string {
  let text = '';
  if (!options.noHeaders) text += `${options.allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`;
  for (const e of sortEvents(events)) {
    const cells = [eventInterval(e, now), e.type ?? '', e.reason ?? '', `${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}`, (e.message ?? '').trim()];
    if (options.allNamespaces) cells.unshift(e.metadata.namespace ?? '');
    text += cells.map(escapeTerminal).join('\t') + '\n';
  }
  return tabwrite(text, TABLE_TABWRITER);
}
