// `kubectl <verb> --help` as kubectl's templates render it when the output is not a terminal:
// the long description, Examples, Options (one flag per paragraph, sorted), Usage and the
// pointer to `kubectl options`.
// Models staging/src/k8s.io/kubectl/pkg/util/templates (templates.go MainUsageTemplate,
// templater.go flagsUsages/getFlagFormat, normalizers.go Examples).

export interface FlagHelp {
  name: string;
  shorthand?: string;
  /** The default as pflag prints it: `false`, `-1`, `''` for strings, `[]` for lists. */
  default: string;
  usage: string;
}

export interface CommandHelp {
  /** cobra Use, e.g. `logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]`. */
  use: string;
  long: string;
  /** Example lines as written upstream (indentation is normalised). */
  example?: string;
  flags: FlagHelp[];
}

function examples(text: string): string {
  return text.trim().split('\n').map((l) => '  ' + l.trim()).join('\n').trimEnd();
}

function flagUsage(f: FlagHelp): string {
  const head = f.shorthand ? `    -${f.shorthand}, --${f.name}=${f.default}:` : `    --${f.name}=${f.default}:`;
  return `${head}\n\t${f.usage.replace(/\n/g, '\n\t')}\n`;
}

export function renderHelp(h: CommandHelp): string {
  let out = h.long.trim() + '\n\n';
  if (h.example) out += `Examples:\n${examples(h.example)}\n\n`;
  const flags = [...h.flags].sort((a, b) => (a.name < b.name ? -1 : 1));
  if (flags.length > 0) out += `Options:\n${flags.map(flagUsage).join('\n').trimEnd()}\n\n`;
  out += `Usage:\n  kubectl ${h.use}${h.use.includes('[options]') ? '' : ' [options]'}\n\n`;
  out += 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return out;
}
