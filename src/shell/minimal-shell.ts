// The login shell of a fresh machine until the full sh interpreter takes its place: a prompt,
// a few builtins, and bash's texts for everything else. It talks to its terminal only through
// stdin/stdout and signals, the seam the full shell uses too.

import type { Reader, Writer } from '../os/pipe.ts';
import type { Tty } from './tty/tty.ts';

export interface ShellIo {
  stdin: Reader;
  stdout: Writer;
  stderr: Writer;
  tty?: Tty;
  /** Registers the handler for SIGINT delivered to the shell's process group. */
  onInterrupt(handler: () => void): void;
  hostname: string;
  /** Waits on the machine's virtual clock. */
  sleep(ms: number): Promise<void>;
}

const HELP = `PodLab shell. Commands available on this machine so far:
  echo [TEXT...]   print TEXT
  sleep SECONDS    wait
  history          list the commands typed in this terminal
  clear            clear the screen (also Ctrl-L)
  help             this text
Keys: arrows, Home/End, Ctrl-A/E/K/U/W, Ctrl-C, Ctrl-L, Ctrl-D.
`;

export async function minimalShell(io: ShellIo): Promise<number> {
  const prompt = () => `${io.hostname}:~$ `;
  let status = 0;
  if (io.tty) io.tty.lineOptions = { history: true };
  let running: (() => void) | null = null;
  io.onInterrupt(() => {
    status = 130;
    if (running) running();
    else io.stdout.write(prompt());
  });
  const interruptible = (work: Promise<number>) =>
    Promise.race([work, new Promise<number>((resolve) => { running = () => resolve(130); })]).finally(() => { running = null; });
  for (;;) {
    io.stdout.write(prompt());
    const line = await io.stdin.read();
    if (line === null) {
      io.stdout.write('logout\n');
      return status;
    }
    status = await interruptible(run(line.replace(/\n$/, ''), io, status));
    if (status < 0) return 0;
  }
}

async function run(line: string, io: ShellIo, last: number): Promise<number> {
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return last;
  const [cmd, ...args] = words;
  switch (cmd) {
    case 'echo':
      io.stdout.write(`${args.join(' ')}\n`);
      return 0;
    case 'help':
      io.stdout.write(HELP);
      return 0;
    case 'clear':
      io.stdout.write('\x1b[H\x1b[2J');
      return 0;
    case 'history': {
      const lines = io.tty?.history.list() ?? [];
      io.stdout.write(lines.map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join(''));
      return 0;
    }
    case 'sleep': {
      const seconds = Number(args[0]);
      if (args.length !== 1 || !(seconds >= 0)) {
        io.stderr.write(args.length === 0 ? 'sleep: missing operand\n' : `sleep: invalid time interval '${args[0]}'\n`);
        return 1;
      }
      await io.sleep(seconds * 1000);
      return 0;
    }
    case 'exit':
      return -1;
    default:
      io.stderr.write(`${cmd}: command not found\n`);
      return 127;
  }
}
