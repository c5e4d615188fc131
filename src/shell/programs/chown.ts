// chown(1): USER[:GROUP] by name or number, -R; changing the owner needs CAP_CHOWN.

import * as paths from '../../os/path.ts';
import { Users } from '../../os/users.ts';
import { errText } from './lib/io.ts';
import { parseOptions, usageError } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const chown: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'RhvfcLHP', long: { recursive: 'R' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  if (operands.length < 2) return usageError(ctx, f, operands.length === 0 ? 'missing operand' : `missing operand after '${operands[0]}'`);
  const [spec, ...files] = operands;
  const prog = f.prog(ctx);
  const users = Users.load(ctx.fs);
  const [userPart, groupPart] = spec.split(/[:.]/, 2) as [string, string | undefined];
  let uid = -1;
  let gid = -1;
  if (userPart !== '') {
    const u = /^\d+$/.test(userPart) ? Number(userPart) : users.byName(userPart)?.uid;
    if (u === undefined) {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: unknown user ${userPart}\n` : `${prog}: invalid user: ${f.quote(ctx, spec)}\n`);
      return 1;
    }
    uid = u;
    if (groupPart === '') gid = users.byUid(uid)?.gid ?? -1;
  }
  if (groupPart) {
    const g = /^\d+$/.test(groupPart) ? Number(groupPart) : users.groupByName(groupPart)?.gid;
    if (g === undefined) {
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: unknown group ${groupPart}\n` : `${prog}: invalid group: ${f.quote(ctx, spec)}\n`);
      return 1;
    }
    gid = g;
  }
  let status = 0;
  const apply = async (path: string, shown: string): Promise<void> => {
    await ctx.checkpoint();
    try {
      ctx.fs.chown(path, uid, gid, ctx.cred);
      if (opts.has('R') && ctx.fs.lstat(path, ctx.cred).type === 'dir') {
        for (const n of ctx.fs.readdir(path, ctx.cred)) await apply(paths.join(path, n), `${shown}/${n}`);
      }
    } catch (e) {
      const denied = errText(e) === 'Operation not permitted';
      const what = denied ? (f.kind === 'busybox' ? shown : `changing ownership of '${shown}'`) : f.access(shown);
      ctx.stderr.write(`${prog}: ${what}: ${errText(e)}\n`);
      status = 1;
    }
  };
  for (const file of files) await apply(ctx.resolve(file), file);
  return status;
};
