// File modes as chmod(1) and mkdir -m read them: octal (755) or symbolic (u+x,go-w,a=r,+t).
// Models coreutils lib/modechange.c.

/** The new permission bits for `spec` applied to `current`; undefined when `spec` is invalid. */
export function parseMode(spec: string, current: number, isDir = false, umask = 0o022): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = current & 0o7777;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*|[-+=][ugo])+)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] === '' ? 'a' : m[1];
    const all = who.includes('a');
    let mask = 0;
    if (all || who.includes('u')) mask |= 0o4700;
    if (all || who.includes('g')) mask |= 0o2070;
    if (all || who.includes('o')) mask |= 0o1007;
    for (const op of m[2].match(/[-+=][^-+=]*/g) ?? []) {
      const perms = op.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const shift = { u: 6, g: 3, o: 0 }[perms as 'u' | 'g' | 'o'];
        const t = (mode >> shift) & 7;
        bits = (t << 6) | (t << 3) | t;
      } else {
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          if (p === 'w') bits |= 0o222;
          if (p === 'x' || (p === 'X' && (isDir || (mode & 0o111) !== 0))) bits |= 0o111;
          if (p === 's') bits |= 0o6000;
          if (p === 't') bits |= 0o1000;
        }
      }
      // With no "who", the umask limits what +/= grant, as chmod does.
      let effective = bits & mask;
      if (m[1] === '') effective &= ~umask | 0o7000;
      if (op[0] === '+') mode |= effective;
      else if (op[0] === '-') mode &= ~effective;
      else mode = (mode & ~(mask & 0o7777)) | effective;
    }
  }
  return mode;
}
