// ~/.bash_history: bash reads it when a login shell starts, and lab machines append each command
// as it runs (PROMPT_COMMAND='history -a'), so a second terminal or a reloaded lab finds the
// commands there, and a learner can read, grep or delete the file like on any Linux box.

import type { FileSystem } from '../os/fs/file-system.ts';

export class HistoryFile {
  private readonly fs: FileSystem;
  readonly path: string;
  private readonly size: number;

  constructor(fs: FileSystem, path: string, size: number) {
    this.fs = fs;
    this.path = path;
    this.size = size;
  }

  /** The file's commands, the newest `size` of them; undefined when there is no file to read. */
  read(): string[] | undefined {
    try {
      return this.fs.readFile(this.path).split('\n').filter((l) => l !== '').slice(-this.size);
    } catch {
      return undefined;
    }
  }

  /** Appends a command; past `size` commands the file is cut to the newest ones (HISTFILESIZE). */
  append(line: string, all: readonly string[]): void {
    try {
      if (all.length >= this.size) this.fs.writeFile(this.path, all.slice(-this.size).map((l) => `${l}\n`).join(''));
      else this.fs.appendFile(this.path, `${line}\n`);
    } catch {
      // A full disk or a directory in the way: bash carries on without its history file.
    }
  }
}
