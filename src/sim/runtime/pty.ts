// The pseudo-terminal a container process gets with `tty: true` (kubectl run -it, debug -it,
// exec -it): its stdin is the terminal's input, so a shell started without operands is
// interactive. Screen size and raw mode follow the client's terminal when there is one; the
// foreground process group and line options stay the container's own.
// Models the pty runc allocates for a process with terminal: true (console socket).

import type { Reader } from '../../os/pipe.ts';
import type { ControllingTerminal, LineOptions } from '../../os/process/terminal.ts';

export class PseudoTerminal implements ControllingTerminal {
  readonly inputStream: Reader;
  private readonly client: ControllingTerminal | undefined;
  private ownMode: 'canonical' | 'raw' = 'canonical';
  lineOptions: LineOptions = { history: false };
  foregroundPgid = 0;
  readonly history = { list: (): readonly string[] => [], clear: () => {} };

  constructor(input: Reader, client?: ControllingTerminal) {
    this.inputStream = input;
    this.client = client;
  }

  get mode(): 'canonical' | 'raw' {
    return this.client?.mode ?? this.ownMode;
  }

  setMode(mode: 'canonical' | 'raw'): void {
    if (this.client) this.client.setMode(mode);
    else this.ownMode = mode;
  }

  get cols(): number {
    return this.client?.cols ?? 80;
  }

  get rows(): number {
    return this.client?.rows ?? 24;
  }

  onResize(listener: () => void): () => void {
    return this.client?.onResize(listener) ?? (() => {});
  }
}
