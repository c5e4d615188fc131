// vi's undo history as whole-buffer snapshots: every change (an insert session, a `dd`, an `x`)
// saves the text before it, so `u` and Ctrl-R step through the states, several levels deep.
// Messages follow vim's: `1 line less; before #2  5 seconds ago`, `Already at oldest change`.

export interface Snapshot {
  lines: string[];
  row: number;
  col: number;
}

interface Entry {
  before: Snapshot;
  after?: Snapshot;
  seq: number;
  at: number;
}

export class UndoHistory {
  private done: Entry[] = [];
  private undone: Entry[] = [];
  private seq = 0;

  /** Records the text before a change; the change is closed by the next save or undo. */
  save(before: Snapshot, at: number): void {
    this.done.push({ before: clone(before), seq: ++this.seq, at });
    this.undone = [];
  }

  /** Steps back; `current` is the text now (what Ctrl-R brings back). */
  undo(current: Snapshot, now: number): { snapshot: Snapshot; message: string } | string {
    const e = this.done.pop();
    if (!e) return 'Already at oldest change';
    e.after = clone(current);
    this.undone.push(e);
    return { snapshot: clone(e.before), message: describe(current.lines.length, e.before.lines.length, 'before', e.seq, now - e.at) };
  }

  redo(current: Snapshot, now: number): { snapshot: Snapshot; message: string } | string {
    const e = this.undone.pop();
    if (!e?.after) return 'Already at newest change';
    this.done.push(e);
    return { snapshot: clone(e.after), message: describe(current.lines.length, e.after.lines.length, 'after', e.seq, now - e.at) };
  }

  /** Drops a change that turned out to change nothing (an empty insert). */
  dropIfUnchanged(current: Snapshot): void {
    const e = this.done[this.done.length - 1];
    if (e && e.before.lines.length === current.lines.length && e.before.lines.every((l, i) => l === current.lines[i])) {
      this.done.pop();
      this.seq--;
    }
  }
}

function clone(s: Snapshot): Snapshot {
  return { lines: [...s.lines], row: s.row, col: s.col };
}

function describe(from: number, to: number, dir: string, seq: number, ageMs: number): string {
  const d = to - from;
  const what = d === 0 ? '1 change' : d === 1 ? '1 more line' : d > 1 ? `${d} more lines` : d === -1 ? '1 line less' : `${-d} fewer lines`;
  const secs = Math.max(0, Math.floor(ageMs / 1000));
  return `${what}; ${dir} #${seq}  ${secs} second${secs === 1 ? '' : 's'} ago`;
}
