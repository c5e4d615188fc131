// Every check kind a task may list, told apart by `kind`.

import { z } from 'zod';
import { answerCheckSchema } from './answer-check.ts';
import { commandCheckSchema } from './command-check.ts';
import { containerCheckSchema } from './container-check.ts';
import { eventCheckSchema } from './event-check.ts';
import { fileCheckSchema } from './file-check.ts';
import { httpCheckSchema } from './http-check.ts';
import { logsCheckSchema } from './logs-check.ts';
import { objectCheckSchema } from './object-check.ts';
import { podCheckSchema } from './pod-check.ts';

export const checkSchema = z.discriminatedUnion('kind', [
  objectCheckSchema, podCheckSchema, containerCheckSchema, eventCheckSchema,
  fileCheckSchema, httpCheckSchema, commandCheckSchema, answerCheckSchema, logsCheckSchema,
]).describe('One check; `kind` says which.');

export type Check = z.output<typeof checkSchema>;
export type CheckKind = Check['kind'];

export const CHECK_KINDS: readonly CheckKind[] = ['object', 'pod', 'container', 'event', 'file', 'http', 'command', 'answer', 'logs'];
