// crictl's tables: columns in a Go tabwriter (minwidth 20, padding 3), truncated IDs, docker's
// human durations and sizes. Pure.
// Models cri-tools cmd/crictl (container.go, sandbox.go, image.go, util.go) and docker/go-units

export const TRUNCATED_ID_LENGTH = 13;

/** getTruncatedID: the first 13 characters after an optional prefix (`sha256:`). */
export function truncatedId(id: string, prefix = ''): string {
  const bare = prefix && id.startsWith(prefix) ? id.slice(prefix.length) : id;
  return bare.slice(0, TRUNCATED_ID_LENGTH);
}

/** tabwriter.NewWriter(w, 20, 1, 3, ' ', 0): every cell but the last padded to max(width + 3, 20). */
export function tabwrite(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.slice(0, -1).forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, cell.length + 3, 20); });
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('')).join('\n') + (rows.length > 0 ? '\n' : '');
}

/** units.HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

/** units.HumanSizeWithPrecision(size, 3): decimal units, three significant digits. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${Number(size.toPrecision(3))}${units[i]}`;
}

/** convertContainerState. */
export function containerState(state: string): string {
  return state === 'created' ? 'Created' : state === 'running' ? 'Running' : state === 'exited' ? 'Exited' : 'Unknown';
}
