// The kubelet unit's journal on a node, as journalctl prints it (short format): systemd's own
// lines about the unit and the kubelet's klog lines, in time order, each under the PID of the
// kubelet process that was running then.
// Models systemd journalctl --output=short

import type { ClusterNode } from '../../sim/cluster/cluster.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface JournalLine {
  at: number;
  text: string;
}

/** `Jan 05 09:00:00` */
export function journalStamp(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** klog's header: `I0105 09:00:01.123456    1234 file.go:12] ` */
function klogHeader(severity: string, ms: number, pid: number, where: string): string {
  const iso = new Date(ms).toISOString();
  return `${severity}${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 23)}000 ${String(pid).padStart(7)} ${where}]`;
}

export function kubeletJournal(node: ClusterNode): JournalLine[] {
  const name = node.description.name;
  const service = node.service;
  const lines: (JournalLine & { order: number })[] = [];
  for (const e of service.unitLog) lines.push({ at: e.at, order: 0, text: `${journalStamp(e.at)} ${name} systemd[1]: ${e.text}` });
  for (const e of node.kubelet.journal.list()) {
    const pid = service.pidAt(e.at);
    const fields = e.fields.map(([k, v]) => ` ${k}=${JSON.stringify(v)}`).join('');
    lines.push({ at: e.at, order: 1, text: `${journalStamp(e.at)} ${name} kubelet[${pid}]: ${klogHeader(e.severity, e.at, pid, e.where)} ${JSON.stringify(e.message)}${fields}` });
  }
  // Stable: at the same instant systemd's start line precedes what the new process says.
  return lines.map((l, i) => ({ ...l, i })).sort((a, b) => a.at - b.at || a.order - b.order || a.i - b.i).map(({ at, text }) => ({ at, text }));
}
