import { describe, expect, it } from 'vitest';
import { systemdRelative, systemdTimespan, systemdTimestamp } from '../../../src/machine/node/systemd-time.ts';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('systemd times', () => {
  it('writes an instant with the weekday and zone', () => {
    expect(systemdTimestamp(Date.UTC(2026, 0, 5, 9, 0, 10))).toBe('Mon 2026-01-05 09:00:10 UTC');
  });

  it.each([
    [0, 'now'], [500, '500ms ago'], [5 * S, '5s ago'], [M, '1min 0s ago'], [4 * M + 3 * S, '4min 3s ago'], [7 * M, '7min ago'],
    [H + 5 * M, '1h 5min ago'], [7 * H, '7h ago'], [26 * H, '1 day 2h ago'], [3 * D + 2 * H, '3 days ago'], [9 * D, '1 week 2 days ago'],
  ])('says %i ms ago as %s', (ms, text) => {
    expect(systemdRelative(ms)).toBe(text);
  });

  it.each([[3 * D + 2 * H + 10 * S, '3d 2h 10s'], [M + 2500, '1min 2.5s'], [850, '850ms'], [48 * M + 50_510, '48min 50.51s']])('spans %i ms as %s', (ms, text) => {
    expect(systemdTimespan(ms)).toBe(text);
  });
});
