// id(1): `uid=0(root) gid=0(root) groups=0(root)`; -u/-g/-G numbers, -n names.

import { Users } from '../../os/users.ts';
import { parseOptions } from './lib/options.ts';
import type { Tool } from './lib/tool.ts';

export const id: Tool = async (ctx, f) => {
  const parsed = parseOptions(ctx, f, { short: 'ugGnr', long: { user: 'u', group: 'g', groups: 'G', name: 'n' } });
  if (typeof parsed === 'number') return parsed;
  const { opts, operands } = parsed;
  const users = Users.load(ctx.fs);
  let cred = ctx.cred;
  if (operands.length > 0) {
    const named = users.credFor(operands[0]);
    if (!named) {
      const prog = f.prog(ctx);
      ctx.stderr.write(f.kind === 'busybox' ? `${prog}: unknown user ${operands[0]}\n` : `${prog}: '${operands[0]}': no such user\n`);
      return 1;
    }
    cred = named;
  }
  const names = opts.has('n');
  const show = (ids: number[], name: (n: number) => string) => `${ids.map((n) => (names ? name(n) : String(n))).join(' ')}\n`;
  if (opts.has('u')) ctx.stdout.write(show([cred.uid], (n) => users.userName(n)));
  else if (opts.has('g')) ctx.stdout.write(show([cred.gid], (n) => users.groupName(n)));
  else if (opts.has('G')) ctx.stdout.write(show(cred.groups.length > 0 ? cred.groups : [cred.gid], (n) => users.groupName(n)));
  else ctx.stdout.write(`${users.idLine(cred)}\n`);
  return 0;
};
