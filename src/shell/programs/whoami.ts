// whoami(1): the effective user's name from /etc/passwd.

import { Users } from '../../os/users.ts';
import type { Tool } from './lib/tool.ts';

export const whoami: Tool = async (ctx, f) => {
  const user = Users.load(ctx.fs).byUid(ctx.cred.uid);
  if (!user) {
    const prog = f.prog(ctx);
    ctx.stderr.write(f.kind === 'busybox' ? `${prog}: unknown uid ${ctx.cred.uid}\n` : `${prog}: cannot find name for user ID ${ctx.cred.uid}\n`);
    return 1;
  }
  ctx.stdout.write(`${user.name}\n`);
  return 0;
};
