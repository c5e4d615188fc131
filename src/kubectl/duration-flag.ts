// Go's time.ParseDuration for flags like --since=5m and --timeout=30s.

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds, or undefined when the text is not a Go duration. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (!m) return undefined;
  let total = 0;
  for (const part of text.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * UNITS[part[2]];
  return m[1] === '-' ? -total : total;
}

/** The error pflag reports for a bad duration flag value. */
export function durationFlagError(flag: string, value: string): string {
  return `error: invalid argument "${value}" for "--${flag}" flag: time: invalid duration "${value}"`;
}
