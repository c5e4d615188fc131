import { describe, expect, it } from 'vitest';
import { formatRFC1123Z, goDuration, humanDuration, translateTimestampSince } from '../../../src/kubectl/printers/duration.ts';
import { golden } from './golden.ts';

describe('humanDuration', () => {
  // The event-ages rows of get-events.txt: reason AgeN was last seen exactly N seconds ago.
  const rows = golden('get-events.txt')
    .split('\n')
    .map((l) => /^(\S+)\s+Normal\s+Age(\d+)\s/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null);

  it('formats every age boundary exactly as the real cluster printed it', () => {
    expect(rows.length).toBeGreaterThan(25);
    for (const [, want, seconds] of rows) expect(humanDuration(Number(seconds) * 1000), `Age${seconds}`).toBe(want);
  });

  it.each([
    [-1500, '0s'],
    [-2000, '<invalid>'],
    [119_999, '119s'],
    [130_000, '2m10s'],
    [3 * 3600_000 + 60_000, '3h1m'],
  ])('%d ms reads %s', (ms, want) => expect(humanDuration(ms)).toBe(want));

  it('reads <unknown> for a missing timestamp', () => {
    expect(translateTimestampSince(undefined, 0)).toBe('<unknown>');
    expect(translateTimestampSince(null, 0)).toBe('<unknown>');
  });
});

describe('goDuration matches Go time.Duration.String', () => {
  it.each([
    [10_000, '10s'],
    [80_000, '1m20s'],
    [300_000, '5m0s'],
    [1209, '1.209s'],
    [632, '632ms'],
    [0, '0s'],
    [3_600_000, '1h0m0s'],
    [5_400_500, '1h30m0.5s'],
  ])('%d ms is %s', (ms, want) => expect(goDuration(ms)).toBe(want));
});

describe('formatRFC1123Z', () => {
  it('prints UTC instants the way describe does', () => {
    expect(formatRFC1123Z('2026-11-22T02:50:24Z')).toBe('Sun, 22 Nov 2026 02:50:24 +0000');
    expect(formatRFC1123Z(undefined)).toBe('Mon, 01 Jan 0001 00:00:00 +0000');
  });
});
