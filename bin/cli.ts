// `podlab shell` and `podlab run`: the same Machine the browser runs, in a Node terminal.

import { readFileSync } from 'node:fs';
import { Machine } from '../src/machine/machine.ts';
import { runScript } from '../src/machine/script-runner.ts';
import { nodeHost, startRealTimeClock } from './node-host.ts';
import { serve } from './serve.ts';
import { parseState } from '../src/machine/state-file.ts';
import type { ClusterState } from '../src/sim/cluster/cluster.ts';

const USAGE = `Usage:
  podlab shell [--seed N]                   open a PodLab terminal here
  podlab run [--seed N] [--state FILE] SCRIPT
                                            type each line of SCRIPT (- for stdin) at the prompt
                                            and print a transcript; virtual time jumps ahead
  podlab serve [--port N] [--seed N] [--state FILE] [--script FILE] [--frozen]
                                            serve the cluster as a Kubernetes API on 127.0.0.1
                                            for real clients (kubectl --server=http://127.0.0.1:N)
  podlab help                               this text
`;

interface Parsed {
  command: string;
  seed: number;
  state?: string;
  port: number;
  script?: string;
  frozen: boolean;
  args: string[];
}

function parse(argv: string[]): Parsed | string {
  const [command = 'help', ...rest] = argv;
  const parsed: Parsed = { command, seed: 1, port: 8001, frozen: false, args: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new Error(`flag needs an argument: ${name}`);
      return v;
    };
    if (a === '--seed' || a.startsWith('--seed=')) {
      const n = Number(value('--seed'));
      if (!Number.isInteger(n) || n < 0) return `podlab: invalid seed: ${a}`;
      parsed.seed = n;
    } else if (a === '--state' || a.startsWith('--state=')) {
      parsed.state = value('--state');
    } else if (a === '--port' || a.startsWith('--port=')) {
      const n = Number(value('--port'));
      if (!Number.isInteger(n) || n < 0 || n > 65535) return `podlab: invalid port: ${a}`;
      parsed.port = n;
    } else if (a === '--script' || a.startsWith('--script=')) {
      parsed.script = value('--script');
    } else if (a === '--frozen') {
      parsed.frozen = true;
    } else if (a.startsWith('--') && a !== '-') {
      return `podlab: unknown flag: ${a}`;
    } else {
      parsed.args.push(a);
    }
  }
  return parsed;
}

async function main(argv: string[]): Promise<number> {
  let parsed: Parsed | string;
  try {
    parsed = parse(argv);
  } catch (e) {
    parsed = `podlab: ${(e as Error).message}`;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}`);
    return 2;
  }
  switch (parsed.command) {
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    case 'run':
      return run(parsed);
    case 'shell':
      return shell(parsed);
    case 'serve':
      return serve({ port: parsed.port, seed: parsed.seed, state: parsed.state, script: parsed.script, frozen: parsed.frozen });
    default:
      process.stderr.write(`podlab: unknown command "${parsed.command}"\n${USAGE}`);
      return 2;
  }
}

async function run(p: Parsed): Promise<number> {
  if (p.args.length !== 1) {
    process.stderr.write(`podlab run: expected one SCRIPT (a file, or - for stdin)\n${USAGE}`);
    return 2;
  }
  let state: ClusterState | undefined;
  if (p.state !== undefined) {
    let text: string;
    try {
      text = readFileSync(p.state, 'utf8');
    } catch (e) {
      process.stderr.write(`podlab run: cannot read state ${p.state}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      return 1;
    }
    const parsed = parseState(text);
    if (typeof parsed === 'string') {
      process.stderr.write(`podlab run: invalid state ${p.state}: ${parsed}\n`);
      return 1;
    }
    state = parsed;
  }
  let script: string;
  try {
    script = readFileSync(p.args[0] === '-' ? 0 : p.args[0], 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`podlab run: cannot read ${p.args[0]}: ${err.code === 'ENOENT' ? 'no such file' : err.message}\n`);
    return 1;
  }
  let machine: Machine;
  try {
    machine = new Machine({ seed: p.seed, host: nodeHost, state });
  } catch (e) {
    process.stderr.write(`podlab run: invalid state ${p.state}: ${(e as Error).message}\n`);
    return 1;
  }
  let out = '';
  await runScript(machine, script, (text) => {
    out += text;
    if (out.length > 65536) {
      process.stdout.write(out);
      out = '';
    }
  });
  process.stdout.write(out);
  return 0;
}

async function shell(p: Parsed): Promise<number> {
  const machine = new Machine({ seed: p.seed, host: nodeHost });
  const stdin = process.stdin;
  const tty = machine.openTerminal({ cols: process.stdout.columns ?? 80, rows: process.stdout.rows ?? 24 });
  tty.onOutput((data) => process.stdout.write(data));
  process.stdout.on('resize', () => tty.resize(process.stdout.columns, process.stdout.rows));
  const stop = startRealTimeClock(machine);
  if (stdin.isTTY) stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  process.stdout.write('\x1b[?2004h');
  return new Promise((resolve) => {
    stdin.on('data', (data: string) => tty.input(data));
    tty.onLogout(() => {
      stop();
      process.stdout.write('\x1b[?2004l');
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
      resolve(0);
    });
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`podlab: internal error: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 70;
  },
);
