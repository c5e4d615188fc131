// true(1): does nothing, successfully.

import type { Tool } from './lib/tool.ts';

export const trueProgram: Tool = async () => 0;
