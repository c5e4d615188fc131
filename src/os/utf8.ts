// The machine moves text (JS strings); bytes cross the boundary as UTF-8. Decoding keeps an
// invalid sequence's bytes as Latin-1 characters, so binary data survives a round trip.

/** The UTF-8 bytes of `s`; a lone surrogate is encoded as its own three bytes, as WTF-8 does. */
export function utf8Encode(s: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(bytes);
}

/** The text UTF-8 `bytes` spell; not valid UTF-8, each byte becomes one Latin-1 character. */
export function utf8Decode(bytes: Uint8Array): string {
  let bin = '';
  // In slices: spreading a large array into one call overflows the stack.
  for (let i = 0; i < bytes.length; i += 8192) bin += String.fromCharCode(...bytes.subarray(i, i + 8192));
  try {
    return decodeURIComponent(escape(bin));
  } catch {
    return bin;
  }
}
