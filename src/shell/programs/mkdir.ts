// mkdir(1): -p makes parents and accepts existing folders, -m sets the mode.

import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { parseMode } from './lib/mode.ts';
import { FsError } from '../../os/fs/errors.ts';

/** 'a/b/c' → ['a', 'a/b', 'a/b/c'] (keeping a leading '/'). */
function prefixes(dir: string): string[] {
  const parts = dir.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '' && i > 0) continue;
    const p = parts.slice(0, i + 1).join('/');
    if (p !== '') out.push(p);
  }
  return out.filter((p, i, all) => all.indexOf(p) === i);
}

export const mkdir: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'pm:v', long: { parents: 'p', 'mode=': 'm', verbose: 'v' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length === 0) return usageError(ctx, f, 'missing operand');
  const prog = f.prog(ctx);
  const modeText = opts.get('m');
  const mode = modeText === undefined ? 0o755 : parseMode(modeText, 0o777);
  if (mode === undefined) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: invalid mode '${modeText}'\n` : `${prog}: invalid mode ${f.quote(ctx, modeText!)}\n`);
    return 1;
  }
  let status = 0;
  for (const dir of operands) {
    // -p makes each missing component in turn; a failure names the component, as mkdir does.
    const steps = opts.has('p') ? prefixes(dir) : [dir];
    for (const [i, step] of steps.entries()) {
      const last = i === steps.length - 1;
      try {
        if (!last || opts.has('p')) {
          const path = ctx.resolve(step);
          if (ctx.fs.exists(path, ctx.cred)) {
            if (ctx.fs.stat(path, ctx.cred).type === 'dir') continue;
            throw new FsError(last ? 'EEXIST' : 'ENOTDIR', step);
          }
        }
        ctx.fs.mkdir(ctx.resolve(step), { mode: last ? mode : 0o755 }, ctx.cred);
        if (opts.has('v')) ctx.stdout.write(`${prog}: created directory ${f.quote(ctx, step)}\n`);
      } catch (e) {
        const shown = f.kind === 'busybox' && !last ? `${step}/` : step;
        ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? f.cannot('create directory', shown) : `cannot create directory ${f.quote(ctx, shown)}`}: ${errText(e)}\n`);
        status = 1;
        break;
      }
    }
  }
  return status;
};
