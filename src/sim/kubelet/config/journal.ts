// What the kubelet says about itself, as `journalctl -u kubelet` shows it on a node: klog lines
// (`I0105 09:00:00.000000     812 file.go:…] "message" key="value"`) behind journald's prefix,
// kept in a ring buffer so a long session does not grow without bound.
// Models k8s.io/klog/v2 (header format) as systemd-journald records the kubelet unit

export type Severity = 'I' | 'W' | 'E';

export interface JournalEntry {
  at: number;
  severity: Severity;
  where: string;
  message: string;
  /** Structured key/values, printed `key="value"` as klog's InfoS does. */
  fields: [string, string][];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export class KubeletJournal {
  readonly node: string;
  readonly pid: number;
  private readonly now: () => number;
  private readonly capacity: number;
  private readonly entries: JournalEntry[] = [];

  constructor(options: { node: string; pid: number; now: () => number; capacity?: number }) {
    this.node = options.node;
    this.pid = options.pid;
    this.now = options.now;
    this.capacity = options.capacity ?? 1000;
  }

  info(where: string, message: string, fields: Record<string, string> = {}): void {
    this.add('I', where, message, fields);
  }

  error(where: string, message: string, fields: Record<string, string> = {}): void {
    this.add('E', where, message, fields);
  }

  list(): readonly JournalEntry[] {
    return this.entries;
  }

  /** The journal as `journalctl -u kubelet` prints it. */
  lines(): string[] {
    return this.entries.map((e) => this.format(e));
  }

  private add(severity: Severity, where: string, message: string, fields: Record<string, string>): void {
    this.entries.push({ at: this.now(), severity, where, message, fields: Object.entries(fields) });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  private format(e: JournalEntry): string {
    const iso = new Date(e.at).toISOString();
    const month = MONTHS[Number(iso.slice(5, 7)) - 1];
    const time = iso.slice(11, 19);
    const klog = `${e.severity}${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 23)}000 ${String(this.pid).padStart(7)} ${e.where}]`;
    const fields = e.fields.map(([k, v]) => ` ${k}=${JSON.stringify(v)}`).join('');
    return `${month} ${iso.slice(8, 10)} ${time} ${this.node} kubelet[${this.pid}]: ${klog} ${JSON.stringify(e.message)}${fields}`;
  }
}
