// The cases of index.tsv replayed through PodLab's kubectl: the command, its exit status, and
// the frozen instant; stdout and stderr come from <case>.txt and <case>.stderr.txt.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/kubectl-1.33/', import.meta.url));

export interface GoldenCase {
  name: string;
  exitCode: number;
  now: number;
  command: string;
  stdout: string;
  stderr: string;
}

function read(name: string): string {
  return existsSync(dir + name) ? readFileSync(dir + name, 'utf8') : '';
}

export function goldenCases(): Map<string, GoldenCase> {
  const text = read('index.tsv');
  const cases = new Map<string, GoldenCase>();
  // Commands may span lines (a go-template with a newline); a row starts with `<case>\t<digit>`.
  const rows = text.split(/\n(?=[a-z0-9-]+\t\d+\t)/).slice(1);
  for (const row of rows) {
    const [name, code, now, ...command] = row.replace(/\n$/, '').split('\t');
    cases.set(name, {
      name, exitCode: Number(code), now: Date.parse(now), command: command.join('\t'),
      stdout: read(`${name}.txt`), stderr: read(`${name}.stderr.txt`),
    });
  }
  return cases;
}
