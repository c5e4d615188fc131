// Durations in lab files: `30s`, `2m`, `1m30s`, `500ms` or a number of seconds.

import { z } from 'zod';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds for `1m30s`-style text; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0);
}

/** `6s`, `2m`, `1m30s` or a number of seconds, read as milliseconds. */
export const duration = (description: string) =>
  z.union([
    z.number().nonnegative().transform((s) => s * 1000),
    z.string().transform((s, ctx) => {
      const ms = parseDuration(s.trim());
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `expected a duration like 30s, 2m or 1m30s, got "${s}"` });
        return z.NEVER;
      }
      return ms;
    }),
  ]).describe(description);

/** `6s` for 6000, `1m30s` for 90000: how messages show durations. */
export function formatDuration(ms: number): string {
  if (ms % 1000 !== 0) return `${ms}ms`;
  let s = ms / 1000;
  const h = Math.floor(s / 3600); s -= h * 3600;
  const m = Math.floor(s / 60); s -= m * 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
}
