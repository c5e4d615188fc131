// base64(1): encodes (wrapping at 76 columns, -w 0 for none) or decodes (-d) text as UTF-8.

import { errText, readInput } from './lib/io.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { decodeBase64, encodeBase64 } from '../../os/base64.ts';
import { utf8Decode, utf8Encode } from '../../os/utf8.ts';

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
