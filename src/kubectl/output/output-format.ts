// `-o/--output`: which printer a command uses, and kubectl's error for a format it lacks.
// Models staging/src/k8s.io/cli-runtime/pkg/genericclioptions/print_flags.go (ToPrinter).

import { CliError } from '../cli/errors.ts';

export type OutputFormat =
  | { kind: 'table'; wide: boolean }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string; asJson: boolean }
  | { kind: 'custom-columns'; spec: string }
  | { kind: 'go-template'; template: string };

/** The formats `kubectl get` accepts, in the order its error lists them. */
export const GET_FORMATS = [
  'custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json',
  'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml',
];

/** The formats of commands that print the objects they wrote (run, create, apply, label…). */
export const WRITE_FORMATS = [
  'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml',
];

export interface FileReader {
  (path: string): string | undefined;
}

/** Parses `-o`; `''` is the command's default (a table for get, names for writes). */
export function parseOutputFormat(
  output: string,
  allowed: readonly string[],
  readFile: FileReader,
  template = '',
): OutputFormat {
  const eq = output.indexOf('=');
  const name = eq >= 0 ? output.slice(0, eq) : output;
  const arg = eq >= 0 ? output.slice(eq + 1) : template;
  const unsupported = () =>
    new CliError(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${allowed.join(',')}`);
  if (output === '') return { kind: 'table', wide: false };
  if (!allowed.includes(name)) throw unsupported();
  const file = (path: string) => {
    const text = readFile(path);
    if (text === undefined) throw new CliError(`error: error reading template ${path}, open ${path}: no such file or directory`);
    return text;
  };
  switch (name) {
    case 'wide':
      return { kind: 'table', wide: true };
    case 'yaml':
      return { kind: 'yaml' };
    case 'json':
      return { kind: 'json' };
    case 'name':
      return { kind: 'name' };
    case 'jsonpath':
    case 'jsonpath-as-json':
      if (arg === '') throw new CliError('error: template format specified but no template given');
      return { kind: 'jsonpath', template: arg, asJson: name === 'jsonpath-as-json' };
    case 'jsonpath-file':
      return { kind: 'jsonpath', template: file(arg), asJson: false };
    case 'custom-columns':
      return { kind: 'custom-columns', spec: arg };
    case 'custom-columns-file':
      return { kind: 'custom-columns', spec: customColumnsFromFile(file(arg)) };
    case 'go-template':
    case 'template':
      if (arg === '') throw new CliError('error: template format specified but no template given');
      return { kind: 'go-template', template: arg };
    case 'go-template-file':
    case 'templatefile':
      return { kind: 'go-template', template: file(arg) };
  }
  throw unsupported();
}

/** A custom-columns file: a header line and a line of paths, whitespace separated. */
function customColumnsFromFile(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const headers = (lines[0] ?? '').trim().split(/\s+/);
  const paths = (lines[1] ?? '').trim().split(/\s+/);
  return headers.map((h, i) => `${h}:${paths[i] ?? ''}`).join(',');
}
