// `:`, `true` and `false`.

import type { Builtin } from './types.ts';

export const colon: Builtin = () => 0;
export const trueBuiltin: Builtin = () => 0;
export const falseBuiltin: Builtin = () => 1;
