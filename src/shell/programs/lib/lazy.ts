// Programs a learner runs now and then (jq, yq, awk, the editors) and the texts only `--help` prints
// live in chunks of their own, so the worker starts without them: the first run fetches the
// chunk, later runs call the loaded program directly.

import type { Program } from '../../../os/process/context.ts';
import type { Tool } from './tool.ts';

/** A Tool that loads its implementation on first run, or ahead of it with `load()`. */
export interface LazyTool extends Tool {
  load(): Promise<void>;
  loaded(): boolean;
}

export function lazyTool(load: () => Promise<Tool>): LazyTool {
  let loaded: Tool | undefined;
  let loading: Promise<Tool> | undefined;
  const fetch = () => (loading ??= load().then((t) => (loaded = t)));
  // Once loaded, a run starts in the caller's turn, as an eagerly loaded tool's does.
  const tool = ((ctx, f) => (loaded ? loaded(ctx, f) : fetch().then((t) => t(ctx, f)))) as LazyTool;
  tool.load = async () => {
    await fetch();
  };
  tool.loaded = () => loaded !== undefined;
  return tool;
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
