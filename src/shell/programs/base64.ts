// base64(1): encodes (wrapping at 76 columns, -w 0 for none) or decodes (-d) text as UTF-8.

import { errText, readInput } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

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

/** Decoded bytes, or undefined at the first character that is not base64. */
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

/** The machine moves text; bytes cross as UTF-8 (invalid sequences kept as Latin-1). */
export function utf8Encode(s: string): Uint8Array {
  const bin = unescape(encodeURIComponent(s));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function utf8Decode(bytes: Uint8Array): string {
  const bin = String.fromCharCode(...bytes);
  try {
    return decodeURIComponent(escape(bin));
  } catch {
    return bin;
  }
}

export const base64: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'diw:', long: { decode: 'd', 'ignore-garbage': 'i', 'wrap=': 'w' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const prog = f.prog(ctx);
  let text: string;
  const name = operands[0] ?? '-';
  try {
    text = await readInput(ctx, name);
  } catch (e) {
    ctx.stderr.write(`${prog}: ${name}: ${errText(e)}\n`);
    return 1;
  }
  if (opts.has('d')) {
    const bytes = decodeBase64(text, opts.has('i'));
    if (!bytes) {
      ctx.stderr.write(`${prog}: invalid input\n`);
      return 1;
    }
    ctx.stdout.write(utf8Decode(bytes));
    return 0;
  }
  const encoded = encodeBase64(utf8Encode(text));
  const wrap = Number(opts.get('w') ?? 76);
  const lines = wrap > 0 ? encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? [] : [encoded];
  ctx.stdout.write(lines.map((l) => `${l}\n`).join(''));
  return 0;
};
