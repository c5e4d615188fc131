// The transfer line dd prints last: GNU's `3145728 bytes (3.1 MB, 3.0 MiB) copied, 0.00412 s,
// 764 MB/s` and busybox's `3145728 bytes (3.0MB) copied, 0.004120 seconds, 728.2MB/s`.
// Models coreutils src/dd.c print_xfer_stats with gnulib lib/human.c, and busybox
// coreutils/dd.c dd_output_status with libbb/human_readable.c.

/** gnulib human_readable with autoscale, round-to-nearest, a space and "B" (dd's human_opts), integer path. */
export function gnuHumanBytes(n: number, base1024 = false): string {
  const base = base1024 ? 1024 : 1000;
  let amt = n;
  let tenths = 0;
  let rounding = 0;
  let exponent = 0;
  let point = '';
  if (base <= amt) {
    do {
      const r10 = (amt % base) * 10 + tenths;
      const r2 = (r10 % base) * 2 + (rounding >> 1);
      amt = Math.floor(amt / base);
      tenths = Math.floor(r10 / base);
      rounding = r2 < base ? (r2 + rounding !== 0 ? 1 : 0) : 2 + (base < r2 + rounding ? 1 : 0);
      exponent++;
    } while (base <= amt && exponent < 8);
    if (amt < 10) {
      if (2 < rounding + (tenths & 1)) {
        tenths++;
        rounding = 0;
        if (tenths === 10) {
          amt++;
          tenths = 0;
        }
      }
      if (amt < 10) {
        point = `.${tenths}`;
        tenths = 0;
        rounding = 0;
      }
    }
  }
  if (5 < tenths + (0 < rounding + (amt & 1) ? 1 : 0)) {
    amt++;
    if (amt === base && exponent < 8) {
      exponent++;
      point = '.0';
      amt = 1;
    }
  }
  return `${amt}${point} ${unit(exponent, base1024)}B`;
}

function unit(exponent: number, base1024: boolean): string {
  if (exponent === 0) return '';
  const letter = (!base1024 && exponent === 1 ? 'k' : 'KMGTPEZY'[exponent - 1]);
  return base1024 ? `${letter}i` : letter;
}

/** gnulib human_readable's floating path, as dd's rate takes it: `764 MB/s`, `9.5 kB/s`. */
export function gnuRate(bytes: number, ns: number): string {
  if (ns <= 0) return 'Infinity B/s';
  const damt = bytes * (1e9 / ns);
  let e = 1;
  let exponent = 0;
  do {
    e *= 1000;
    exponent++;
  } while (e * 1000 <= damt && exponent < 8);
  const scaled = damt / e;
  let text = scaled.toFixed(1);
  // Three digits or more lose the fraction.
  if (text.length > 4) text = scaled.toFixed(0);
  return `${text} ${unit(exponent, false)}B/s`;
}

/** printf("%g s"): six significant digits, trailing zeros dropped. */
export function gnuSeconds(ns: number): string {
  const s = ns / 1e9;
  if (s === 0) return '0 s';
  const exp = Math.floor(Math.log10(Math.abs(Number(s.toPrecision(6)))));
  if (exp < -4 || exp >= 6) {
    const [mant, e] = s.toExponential(5).split('e');
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')} s`;
  }
  const fixed = s.toFixed(Math.max(0, 5 - exp));
  return `${fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed} s`;
}

/** GNU's third line (without the newline). */
export function gnuTransfer(bytes: number, ns: number, wholeSeconds = false): string {
  const si = gnuHumanBytes(bytes);
  const iec = gnuHumanBytes(bytes, true);
  const time = wholeSeconds ? `${Math.round(ns / 1e9)} s` : gnuSeconds(ns);
  const rate = gnuRate(bytes, ns);
  // "512 B" has no prefix: the human-readable form would say nothing new.
  if (!/[a-zA-Z]B$/.test(si)) return `${bytes} byte${bytes === 1 ? '' : 's'} copied, ${time}, ${rate}`;
  if (!/[a-zA-Z]B$/.test(iec)) return `${bytes} bytes (${si}) copied, ${time}, ${rate}`;
  return `${bytes} bytes (${si}, ${iec}) copied, ${time}, ${rate}`;
}

/** libbb make_human_readable_str(val, 1, 0): `3.0M`, `512`, `0`. */
export function busyboxHuman(n: number): string {
  if (n === 0) return '0';
  let val = Math.floor(n);
  let frac = 0;
  let u = 0;
  while (val >= 1024) {
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
    u++;
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  return u === 0 ? String(val) : `${val}.${frac}${' KMGTPEZY'[u]}`;
}

/** busybox's third line (without the newline). */
export function busyboxTransfer(bytes: number, ns: number): string {
  const seconds = ns / 1e9;
  const rate = seconds > 0 ? Math.floor(bytes / seconds) : 0;
  return `${bytes} bytes (${busyboxHuman(bytes)}B) copied, ${seconds.toFixed(6)} seconds, ${busyboxHuman(rate)}B/s`;
}
