// A program written once for both flavours: it gets the flavour beside its process context.

import type { ProcessContext } from '../../../os/process/context.ts';
import type { Flavour } from '../flavour.ts';

export type Tool = (ctx: ProcessContext, f: Flavour) => Promise<number>;
