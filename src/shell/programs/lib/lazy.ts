// Programs a learner runs now and then (jq, yq, awk, the editors) and the texts only `--help` prints
// live in chunks of their own, so the worker starts without them: the first run fetches the
// chunk, later runs call the loaded program directly.

import type { Program } from '../../../os/process/context.ts';
import type { Tool } from './tool.ts';

/** A Tool that loads its implementation on first run. */
export function lazyTool(load: () => Promise<Tool>): Tool {
  let loaded: Tool | undefined;
  let loading: Promise<Tool> | undefined;
  return async (ctx, f) => {
    loaded ??= await (loading ??= load());
    return loaded(ctx, f);
  };
}

/** A Program that loads its implementation on first run. */
export function lazyProgram(load: () => Promise<Program>): Program {
  let loaded: Program | undefined;
  let loading: Promise<Program> | undefined;
  return async (ctx) => {
    loaded ??= await (loading ??= load());
    return loaded(ctx);
  };
}
