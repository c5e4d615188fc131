// registry.k8s.io/pause: holds the pod's namespaces and does nothing else until told to stop.
// Models kubernetes build/pause/linux/pause.c.

import type { Program } from '../../../os/process/context.ts';
import { untilSignal } from './wait.ts';

export const pause: Program = async (ctx) => {
  const signal = await untilSignal(ctx, ['SIGINT', 'SIGTERM']);
  ctx.stderr.write(`Shutting down, got signal: ${signal === 'SIGINT' ? 'Interrupt' : 'Terminated'}\n`);
  return 0;
};
