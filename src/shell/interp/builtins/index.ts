// The builtin table. Special builtins (POSIX 2.14) keep assignments made in front of them.

import { alias, unalias } from './alias.ts';
import { cd, pwd } from './cd.ts';
import { breakBuiltin, continueBuiltin, exitBuiltin, returnBuiltin } from './control.ts';
import { echo } from './echo.ts';
import { evalBuiltin, exec, source } from './eval.ts';
import { bg, fg, jobs, kill, wait } from './jobs.ts';
import { history, trap, umask } from './misc.ts';
import { printf } from './printf.ts';
import { read } from './read.ts';
import { set, shift } from './set.ts';
import { test } from './test.ts';
import { colon, falseBuiltin, trueBuiltin } from './trivial.ts';
import { command, type } from './type.ts';
import type { Builtin } from './types.ts';
import { exportBuiltin, local, readonlyBuiltin, unset } from './vars.ts';

export const BUILTINS = new Map<string, Builtin>([
  [':', colon], ['true', trueBuiltin], ['false', falseBuiltin],
  ['cd', cd], ['pwd', pwd], ['echo', echo], ['printf', printf],
  ['export', exportBuiltin], ['readonly', readonlyBuiltin], ['unset', unset], ['local', local],
  ['set', set], ['shift', shift], ['read', read], ['test', test], ['[', test],
  ['exit', exitBuiltin], ['return', returnBuiltin], ['break', breakBuiltin], ['continue', continueBuiltin],
  ['eval', evalBuiltin], ['exec', exec], ['source', source], ['.', source],
  ['type', type], ['command', command], ['alias', alias], ['unalias', unalias],
  ['jobs', jobs], ['fg', fg], ['bg', bg], ['wait', wait], ['kill', kill],
  ['trap', trap], ['umask', umask], ['history', history],
]);

export const SPECIAL_BUILTINS = new Set([
  ':', '.', 'source', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'trap', 'unset',
]);
