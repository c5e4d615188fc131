// find(1): walks folders depth-first in directory order, testing -name -iname -path -type
// -maxdepth -mindepth -newer -empty, with ! -not -o -a and ( ), acting by -print, -delete and
// -exec CMD {} ; / + .

import * as paths from '../../os/path.ts';
import type { Stats } from '../../os/fs/file-system.ts';
import { execProgram } from './lib/exec.ts';
import { globToRegExp } from './lib/fnmatch.ts';
import { errText } from './lib/io.ts';
import { printHelp } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';
import { parseFindExpression, type Node } from './find-expression.ts';

export interface Visit {
  path: string;
  shown: string;
  stats: Stats;
  depth: number;
}

export const find: Tool = async (ctx, f) => {
  if (printHelp(ctx, f)) return 0;
  const prog = f.prog(ctx);
  const args = ctx.argv.slice(1);
  let i = 0;
  const starts: string[] = [];
  while (i < args.length && !args[i].startsWith('-') && args[i] !== '!' && args[i] !== '(') starts.push(args[i++]);
  const parsed = parseFindExpression(args.slice(i));
  if ('error' in parsed) {
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: ${parsed.busybox}\n${f.usage(prog)}` : `${prog}: ${parsed.error}\n`);
    return 1;
  }
  const { expr, maxDepth, minDepth, hasAction } = parsed;
  let status = 0;
  const batches = new Map<Node, string[]>();

  const test = async (node: Node, v: Visit): Promise<boolean> => {
    switch (node.kind) {
      case 'and': return (await test(node.left, v)) && test(node.right, v);
      case 'or': return (await test(node.left, v)) || test(node.right, v);
      case 'not': return !(await test(node.operand, v));
      case 'true': return true;
      case 'name': return globToRegExp(node.pattern, node.ignoreCase).test(v.shown === '/' ? '/' : paths.basename(v.shown));
      case 'path': return globToRegExp(node.pattern, node.ignoreCase).test(v.shown);
      case 'type': return node.types.includes({ file: 'f', dir: 'd', symlink: 'l', device: 'c' }[v.stats.type]);
      case 'empty': return v.stats.type === 'dir' ? ctx.fs.readdir(v.path, ctx.cred).length === 0 : v.stats.type === 'file' && v.stats.size === 0;
      case 'newer': {
        try {
          return v.stats.mtime > ctx.fs.stat(ctx.resolve(node.file), ctx.cred).mtime;
        } catch {
          return false;
        }
      }
      case 'print': return ctx.stdout.write(`${v.shown}\n`) || true;
      case 'delete': {
        try {
          if (v.stats.type === 'dir') ctx.fs.rmdir(v.path, ctx.cred);
          else ctx.fs.unlink(v.path, ctx.cred);
        } catch (e) {
          ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? v.shown : `cannot delete '${v.shown}'`}: ${errText(e)}\n`);
          status = 1;
        }
        return true;
      }
      case 'exec': {
        if (node.batch) {
          const list = batches.get(node) ?? [];
          list.push(v.shown);
          batches.set(node, list);
          return true;
        }
        const argv = node.argv.map((a) => a.replaceAll('{}', v.shown));
        return (await execProgram(ctx, f, argv)) === 0;
      }
    }
  };

  const walk = async (path: string, shown: string, depth: number): Promise<void> => {
    await ctx.checkpoint();
    const stats = ctx.fs.lstat(path, ctx.cred);
    const v: Visit = { path, shown, stats, depth };
    const deleting = hasAction === 'delete';
    if (!deleting && depth >= minDepth) {
      const hit = await test(expr, v);
      if (hit && !hasAction) ctx.stdout.write(`${shown}\n`);
    }
    if (stats.type === 'dir' && depth < maxDepth) {
      let names: string[] = [];
      try {
        names = ctx.fs.readdir(path, ctx.cred);
      } catch (e) {
        ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? shown : f.quote(ctx, shown)}: ${errText(e)}\n`);
        status = 1;
      }
      for (const n of names) await walk(paths.join(path, n), shown.endsWith('/') ? shown + n : `${shown}/${n}`, depth + 1);
    }
    // -delete implies -depth: children go before their folder.
    if (deleting && depth >= minDepth) await test(expr, v);
  };

  for (const start of starts.length > 0 ? starts : ['.']) {
    try {
      ctx.fs.lstat(ctx.resolve(start), ctx.cred);
    } catch (e) {
      ctx.stderr.write(`${prog}: ${f.kind === 'busybox' ? start : f.quote(ctx, start)}: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    await walk(ctx.resolve(start), start, 0);
  }
  for (const [node, list] of batches) {
    if (node.kind !== 'exec') continue;
    const at = node.argv.indexOf('{}');
    const argv = [...node.argv.slice(0, at), ...list, ...node.argv.slice(at + 1)];
    if ((await execProgram(ctx, f, argv)) !== 0) status = 1;
  }
  return status;
};
