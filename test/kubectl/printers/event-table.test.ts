import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, printEvent } from '../../../src/kubectl/printers/event-table.ts';
import { renderTable } from '../../../src/kubectl/printers/render-table.ts';
import { buildTable } from '../../../src/kubectl/printers/table.ts';
import type { Event } from '../../../src/sim/api/types.ts';
import { frozenNow, golden } from './golden.ts';

// The event-ages pod's events in get-events.txt state their own timing in their reason or
// message, so they can be rebuilt exactly; the rows are compared cell by cell.
const now = frozenNow('get-events');
const ago = (s: number) => new Date(now - s * 1000).toISOString().replace('.000Z', 'Z');
/** A MicroTime `s` seconds ago, 0.123456 s into that second, as the test server wrote them. */
const microAgo = (s: number) => new Date(now - s * 1000).toISOString().replace('.000Z', '.123456Z');

function event(reason: string, fields: Partial<Event>): Event {
  return {
    metadata: { name: `event-ages.${reason}`, namespace: 'default' },
    involvedObject: { kind: 'Pod', name: 'event-ages', namespace: 'default' },
    type: 'Normal',
    reason,
    source: { component: 'kubelet', host: 'controlplane' },
    ...fields,
  };
}

function rebuild(reason: string, message: string): Event {
  const age = /^Age(\d+)$/.exec(reason);
  if (age) {
    const t = ago(Number(age[1]));
    return event(reason, { message, count: 1, firstTimestamp: t, lastTimestamp: t });
  }
  switch (reason) {
    case 'Counted':
      return event(reason, { message, count: 3, firstTimestamp: ago(1200), lastTimestamp: ago(125) });
    case 'Series':
      return event(reason, {
        type: 'Warning',
        message,
        eventTime: microAgo(420),
        firstTimestamp: null,
        lastTimestamp: null,
        series: { count: 4, lastObservedTime: microAgo(30) },
      } as Partial<Event>);
    case 'NewStyle':
      return event(reason, { message, eventTime: microAgo(90), firstTimestamp: null, lastTimestamp: null, reportingComponent: 'test-controller' });
    case 'MultiLine':
      return event(reason, { message: '  leading/trailing space and\nsecond line  ', count: 1, firstTimestamp: ago(30), lastTimestamp: ago(30) });
    case 'NearFuture':
      return event(reason, { message, count: 1, firstTimestamp: ago(-1), lastTimestamp: ago(-1) });
    case 'Future':
      return event(reason, { message, count: 1, firstTimestamp: ago(-5), lastTimestamp: ago(-5) });
  }
  throw new Error(`no rebuild for ${reason}`);
}

describe('get events rows', () => {
  const rows = golden('get-events.txt')
    .split('\n')
    .filter((l) => l.includes(' pod/event-ages '))
    .map((l) => l.split(/ {3,}/));

  it("match every event-ages row of get-events.txt: ages, new-style events, series, multi-line messages", () => {
    expect(rows.length).toBe(33);
    const events = rows.map(([, , reason, , message]) => rebuild(reason, message));
    const rendered = renderTable(buildTable(EVENT_COLUMNS, printEvent, events, now), { noHeaders: true })
      .trimEnd()
      .split('\n')
      .map((l) => l.split(/ {3,}/));
    expect(rendered).toEqual(rows);
  });

  it('fills the wide columns: subobject, source, first seen, count and name', () => {
    const e = rebuild('Counted', 'x');
    e.involvedObject.fieldPath = 'spec.containers{c}';
    expect(printEvent(e, now).slice(4)).toEqual(['spec.containers{c}', 'kubelet, controlplane', 'x', '20m', 3, 'event-ages.Counted']);
  });
});
