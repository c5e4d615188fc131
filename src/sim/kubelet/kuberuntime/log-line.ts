// A CRI log entry is one line; whether the runtime kept its newline is not part of the contract,
// so readers normalise here.

import type { LogLine } from '../../cri/types.ts';

export function logLineText(line: LogLine): string {
  return line.text.endsWith('\n') ? line.text : `${line.text}\n`;
}
