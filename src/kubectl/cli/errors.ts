// How kubectl turns failures into text: API Status values as `Error from server (Reason): …`,
// Invalid statuses as `The Pod "x" is invalid: …`, everything else as `error: …`.
// Models kubectl pkg/cmd/util/helpers.go (CheckErr, StandardErrorMessage, AddSourceToErr).

import type { Status } from '../../sim/api/types.ts';

/** A failure a command reports and exits 1 with; `text` is printed to stderr as is. */
export class CliError extends Error {
  readonly text: string;
  readonly code: number;
  constructor(text: string, code = 1) {
    super(text);
    this.text = text.endsWith('\n') ? text : text + '\n';
    this.code = code;
  }
}

/** `error: <msg>` unless the message already carries a prefix. */
export function errorText(message: string): string {
  return message.startsWith('error: ') || message.startsWith('Error from server') ? message : `error: ${message}`;
}

export function fail(message: string): CliError {
  return new CliError(errorText(message));
}

/** cmdutil.UsageErrorf. */
export function usageError(commandPath: string, message: string): CliError {
  return new CliError(`error: ${message}\nSee '${commandPath} -h' for help and examples`);
}

/** The text CheckErr prints for an API error; `source` is the file for create/apply/delete -f. */
export function statusText(status: Status, source?: { verb: string; file: string }): string {
  if (status.reason === 'Invalid' && status.details?.causes?.length) {
    return invalidText(status);
  }
  let message = status.message;
  if (source) message = `error when ${source.verb} "${source.file}": ${message}`;
  if (status.code === 401) return `error: You must be logged in to the server (${message})`;
  return status.reason ? `Error from server (${status.reason}): ${message}` : `Error from server: ${message}`;
}

function invalidText(status: Status): string {
  const kind = status.details?.kind ?? '';
  const name = status.details?.name ?? '';
  const causes = status.details?.causes ?? [];
  const texts = [...new Set(causes.map(causeText))];
  return `The ${kind} "${name}" is invalid: ${texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`}`;
}

function causeText(c: { field?: string; message?: string }): string {
  return `${c.field ?? ''}: ${c.message ?? ''}`;
}

export function statusError(status: Status, source?: { verb: string; file: string }): CliError {
  return new CliError(statusText(status, source));
}
