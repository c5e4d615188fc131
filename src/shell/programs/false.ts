// false(1): does nothing, unsuccessfully.

import type { Tool } from './lib/tool.ts';

export const falseProgram: Tool = async () => 1;
