// Base64 with the standard alphabet (RFC 4648 §4), which the core needs without atob or
// TextDecoder (no DOM, no Node types): on bytes for base64(1) and jq's @base64, and on text for
// Secret data, which the API carries base64-encoded and Pods see as UTF-8.

import { utf8Decode, utf8Encode } from './utf8.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/**
 * Decoded bytes, or undefined at the first character that is not base64. Line breaks are
 * skipped and the first '=' ends the data, as base64 -d reads it; `ignoreGarbage` skips any
 * other character outside the alphabet (base64 -i).
 */
export function decodeBase64(text: string, ignoreGarbage = false): Uint8Array | undefined {
  const clean = text.replace(/[\n\r]/g, '');
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const c of clean) {
    if (c === '=') break;
    const v = ALPHABET.indexOf(c);
    if (v < 0) {
      if (ignoreGarbage) continue;
      return undefined;
    }
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 255);
    }
  }
  return new Uint8Array(bytes);
}

/** Base64 of `text`'s UTF-8 bytes (a Secret's `data` from a string). */
export function encodeBase64Text(text: string): string {
  return encodeBase64(utf8Encode(text));
}

/**
 * The UTF-8 text base64 `text` holds, white space and padding ignored anywhere; `text` itself
 * when it is not base64, so a malformed Secret value still reaches the Pod.
 */
export function decodeBase64Text(text: string): string {
  const bytes = decodeBase64(text.replace(/[\s=]/g, ''));
  return bytes === undefined ? text : utf8Decode(bytes);
}
