// A small machine for program tests: the real kernel and filesystem on a virtual clock, the
// host's programs as /usr/bin binaries and busybox with its applets as /bin symlinks.

import { Kernel } from '../../../src/os/process/kernel.ts';
import { FileSystem } from '../../../src/os/fs/file-system.ts';
import { Tree } from '../../../src/os/fs/tree.ts';
import { ROOT, type Cred } from '../../../src/os/fs/cred.ts';
import { Pipe } from '../../../src/os/pipe.ts';
import { binary } from '../../../src/os/exec.ts';
import { VirtualClock } from '../../../src/sim/clock.ts';
import { bindSystem, type SystemView } from '../../../src/shell/programs/lib/system.ts';
import { programRegistry, COREUTILS_NAMES, BUSYBOX_APPLETS } from '../../../src/shell/programs/index.ts';

export const settle = () => new Promise<void>((r) => setImmediate(r));

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface ProgramMachineOptions {
  files?: Record<string, string>;
  flavour?: 'coreutils' | 'busybox';
  start?: number;
  system?: SystemView;
}

export const PASSWD = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nlearner:x:1000:1000:Learner:/home/learner:/bin/bash\n';
export const GROUP = 'root:x:0:\ndaemon:x:1:\nlearner:x:1000:\n';

export function programMachine(options: ProgramMachineOptions = {}) {
  const clock = new VirtualClock(options.start ?? Date.UTC(2026, 0, 5, 9, 0, 0));
  const kernel = new Kernel({ clock, yieldToHost: settle });
  const fs = new FileSystem(new Tree(), () => clock.now());
  const registry = programRegistry();
  for (const d of ['/bin', '/usr/bin', '/tmp', '/root', '/etc', '/home/learner']) fs.mkdir(d, { recursive: true });
  fs.chmod('/tmp', 0o1777);
  fs.chmod('/root', 0o700);
  fs.mkdir('/dev');
  fs.mknod('/dev/null', 'null');
  fs.writeFile('/etc/passwd', PASSWD);
  fs.writeFile('/etc/group', GROUP);
  fs.chown('/home/learner', 1000, 1000);
  const flavour = options.flavour ?? 'coreutils';
  if (flavour === 'coreutils') {
    for (const name of COREUTILS_NAMES) fs.writeFile(`/usr/bin/${name}`, binary(name), { mode: 0o755 });
  } else {
    fs.writeFile('/bin/busybox', binary('busybox'), { mode: 0o755 });
    for (const name of BUSYBOX_APPLETS) fs.symlink('/bin/busybox', `/bin/${name}`);
  }
  for (const [path, text] of Object.entries(options.files ?? {})) {
    fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
    fs.writeFile(path, text);
  }
  bindSystem(fs, { programs: registry, processes: kernel, ...options.system });

  /** Runs argv (argv[0] found on PATH as the shell would) to completion on virtual time. */
  async function run(argv: string[], opts: { stdin?: string; cwd?: string; cred?: Cred; env?: Record<string, string>; until?: number } = {}): Promise<RunResult> {
    const stdin = new Pipe();
    if (opts.stdin !== undefined) stdin.write(opts.stdin);
    stdin.close();
    const stdout = new Pipe();
    const stderr = new Pipe();
    const name = flavour === 'coreutils' ? argv[0] : 'busybox';
    const program = registry.get(name);
    if (!program) throw new Error(`no program ${name}`);
    const proc = kernel.spawn(program, {
      argv, env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', LANG: 'C.UTF-8', ...opts.env },
      cwd: opts.cwd ?? '/root', cred: opts.cred ?? ROOT, fs, stdin, stdout, stderr, hostname: 'controlplane',
    });
    let done = false;
    const exited = proc.wait().then((i) => { done = true; return i.code; });
    for (let spins = 0; !done; spins++) {
      await settle();
      if (done) break;
      const next = clock.nextAt();
      if (opts.until !== undefined && (next === undefined || next > opts.until)) {
        proc.kill('SIGINT');
        continue;
      }
      if (next !== undefined) await clock.runUntil(next, settle);
      else if (spins > 50) throw new Error(`program hangs: ${argv.join(' ')}`);
    }
    return { stdout: stdout.drain(), stderr: stderr.drain(), status: await exited };
  }

  /** Starts argv without waiting; the test drives the clock and reads the pipes. */
  function start(argv: string[], opts: { stdin?: Pipe; stdout?: Pipe; cred?: Cred; cwd?: string } = {}) {
    const stdin = opts.stdin ?? new Pipe();
    const stdout = opts.stdout ?? new Pipe();
    const stderr = new Pipe();
    const program = registry.get(flavour === 'coreutils' ? argv[0] : 'busybox')!;
    const proc = kernel.spawn(program, {
      argv, env: { PATH: '/usr/bin:/bin', HOME: '/root', LANG: 'C.UTF-8' }, cwd: opts.cwd ?? '/root', cred: opts.cred ?? ROOT, fs, stdin, stdout, stderr, hostname: 'controlplane',
    });
    return { proc, stdin, stdout, stderr };
  }

  /** Runs `a | b | …` with real pipes between the processes, to completion. */
  async function pipeline(argvs: string[][], input = ''): Promise<RunResult & { statuses: number[] }> {
    const first = new Pipe();
    first.write(input);
    first.close();
    let stdin = first;
    const procs = argvs.map((argv, i) => {
      const stdout = new Pipe();
      const started = start(argv, { stdin, stdout });
      // The shell closes its copy of the write end once the writer exits.
      void started.proc.wait().then(() => stdout.close());
      stdin = stdout;
      return { ...started, last: i === argvs.length - 1 };
    });
    const statuses = await Promise.all(procs.map(async (p) => {
      for (let spins = 0; p.proc.alive; spins++) {
        await settle();
        const next = clock.nextAt();
        if (next !== undefined && p.proc.alive) await clock.runUntil(next, settle);
        else if (spins > 200) throw new Error('pipeline hangs');
      }
      return (await p.proc.wait()).code;
    }));
    return { stdout: stdin.drain(), stderr: procs.map((p) => p.stderr.drain()).join(''), status: statuses[statuses.length - 1], statuses };
  }

  return { clock, kernel, fs, registry, run, start, pipeline };
}
