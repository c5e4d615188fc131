// The Events block at the end of every describe.
// Models kubectl pkg/describe/describe.go (DescribeEvents) and pkg/util/event/sorted_event_list.go.

import type { Event } from '../../../sim/api/types.ts';
import { humanDuration, parseTime, translateTimestampSince } from '../duration.ts';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.ts';

interface SeriesEvent extends Event {
  series?: { count?: number; lastObservedTime?: string };
  reportingController?: string;
}

/** The instant an event sorts by: series last observed, else lastTimestamp, else eventTime. */
export function eventSortTime(e: Event): number {
  const series = (e as SeriesEvent).series;
  if (series) return parseTime(series.lastObservedTime) ?? 0;
  return parseTime(e.lastTimestamp) ?? parseTime(e.eventTime) ?? 0;
}

/** Events sorted oldest first; equal times keep their served order (Go's sort of short lists is stable). */
export function sortEvents(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => eventSortTime(a) - eventSortTime(b));
}

export function describeEvents(events: readonly Event[], w: PrefixWriter, now: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_0, '  ----\t------\t----\t----\t-------\n');
  for (const e of sortEvents(events)) {
    const eventTime = parseTime(e.eventTime);
    const first = eventTime !== undefined ? humanDuration(now - eventTime) : translateTimestampSince(e.firstTimestamp, now);
    const count = e.count ?? 0;
    const interval = count > 1 ? `${translateTimestampSince(e.lastTimestamp, now)} (x${count} over ${first})` : first;
    const source = e.source?.component || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${(e.message ?? '').trim()}\n`);
  }
}
