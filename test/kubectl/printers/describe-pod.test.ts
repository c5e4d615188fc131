import { describe, expect, it } from 'vitest';
import { describePod, joinDescriptions } from '../../../src/kubectl/printers/describe-pod.ts';
import type { Event, Pod } from '../../../src/sim/api/types.ts';
import { fixture, golden } from './golden.ts';

// The fixtures' `now` is kubectl's clock truncated to the second; event times carry
// microseconds (.123456), and the goldens show kubectl's clock was past them, so the tests
// put the clock half a second into that second.
const WITHIN_SECOND = 500;

describe('kubectl describe pod reproduces real kubectl 1.33 output byte for byte', () => {
  for (const name of ['nginx', 'memory-hog', 'web-logger', 'liveness-exec', 'kube-apiserver-controlplane', 'qos-demo']) {
    it(`describe-${name}.txt`, () => {
      const f = fixture(name);
      expect(describePod(f.pod, f.events, Date.parse(f.now) + WITHIN_SECOND)).toBe(golden(`describe-${name}.txt`));
    });
  }

  it('describe-pods-selector.txt: the liveness-exec pod 52 seconds later, as `describe pods -l` prints it', () => {
    const f = fixture('liveness-exec');
    const shift = (o: unknown): unknown => shiftTimes(o, 52_000);
    const text = joinDescriptions([describePod(shift(f.pod) as Pod, shift(f.events) as Event[], Date.parse(f.now) + 52_000 + WITHIN_SECOND)]);
    expect(text).toBe(golden('describe-pods-selector.txt'));
  });

  it('separates several pods with a blank line pair', () => {
    expect(joinDescriptions(['a\n', 'b\n'])).toBe('a\n\n\nb\n');
  });
});

/** Moves every RFC 3339 timestamp in an object by `ms`, keeping its fractional digits. */
function shiftTimes(value: unknown, ms: number): unknown {
  if (typeof value === 'string') {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z$/.exec(value);
    if (!m) return value;
    return new Date(Date.parse(m[1] + 'Z') + ms).toISOString().slice(0, 19) + (m[2] ?? '') + 'Z';
  }
  if (Array.isArray(value)) return value.map((v) => shiftTimes(v, ms));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftTimes(v, ms)]));
  return value;
}
