// One simulated computer: the clock, the randomness, the kernel, the learner's node and the
// terminals on it (and, as the cluster grows, the cluster it reaches). The worker in the page and
// `podlab` in a Node terminal each wrap one Machine; nothing here knows which host it runs in.

import { VirtualClock } from '../sim/clock.ts';
import { Random } from '../sim/random.ts';
import { Kernel } from '../os/process/kernel.ts';
import { ProgramRegistry } from '../os/exec.ts';
import type { FileSystem } from '../os/fs/file-system.ts';
import { ROOT } from '../os/fs/cred.ts';
import { Network, type NetNamespace } from '../os/net.ts';
import { Tty, type TtyOptions } from '../shell/tty/tty.ts';
import { createShell } from '../shell/interp/shell.ts';
import { createResolver, type CommandResolver } from './command-resolver.ts';
import { HistoryFile } from './history-file.ts';
import { createHostFs } from './host-fs.ts';
import { binary } from '../os/exec.ts';
import { installHostPrograms } from './host-programs.ts';
import { installNodes } from './node/install-nodes.ts';
import { createCompleter } from '../shell/completion/completer.ts';
import { clusterLookups } from '../shell/completion/cluster-lookups.ts';
import { installContainerPrograms } from './container-programs.ts';
import { Cluster, type ClusterState } from '../sim/cluster/cluster.ts';
import type { ClusterDescription } from '../sim/cluster/default-cluster.ts';
import type { ImageSpec } from '../sim/images/image-spec.ts';
import type { CommandRecord, LabWorld } from '../labs/world.ts';
import type { ApiClient } from '../sim/apiserver/api-client.ts';
import { createLabWorld } from './lab-world.ts';
import { loadYaml } from '../sim/yaml/yaml-library.ts';
import { DEFAULT_STATIC_POD_PATH } from '../sim/kubelet/config/kubelet-config.ts';
import { bindSystem, registerTerminal } from '../shell/programs/index.ts';

/** What the host provides: a way to let pending work run (a macrotask hop, never a timer). */
export interface MachineHost {
  settle(): Promise<void>;
  /**
   * What the site's podlab.config.ts set for every machine it hosts: the cluster (unless the
   * options name one) and extra images for the registries.
   */
  site?: { cluster?: ClusterDescription; images?: ImageSpec[] };
}

export interface MachineOptions {
  seed?: number;
  /** Virtual start instant, epoch ms. */
  start?: number;
  host: MachineHost;
  hostname?: string;
  /** The cluster's nodes; the default is `controlplane` and `node01`. */
  cluster?: ClusterDescription;
  /** A saved cluster to start from, exactly as given; controllers start once time moves on. */
  state?: ClusterState;
}

export interface TerminalOptions extends TtyOptions {
  /** False for scripted sessions (`podlab run`): PS1 and PS2 are empty. */
  prompt?: boolean;
}

/** 2026-01-05 09:00:00 UTC: a fixed start so a fresh machine prints the same thing every time. */
export const DEFAULT_START = Date.UTC(2026, 0, 5, 9, 0, 0);

/** How long before the learner's first prompt the cluster was created. */
export const CLUSTER_AGE_MS = 3 * 24 * 3600 * 1000 + 2 * 3600 * 1000;

/** bash's default HISTSIZE. */
const HISTORY_SIZE = 500;

/** How long the cluster runs after it was set up before the clock jumps to the learner's arrival. */
const BOOT_MS = 2 * 60 * 1000;

export const HOST_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export class Machine {
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly hostname: string;
  readonly kernel: Kernel;
  readonly programs = new ProgramRegistry();
  readonly resolver: CommandResolver;
  readonly network = new Network();
  readonly fs: FileSystem;
  readonly net: NetNamespace;
  /** The programs container images can run. */
  readonly containerPrograms = new ProgramRegistry();
  readonly cluster: Cluster;
  /** Lines the learner submitted at a prompt, with their exit statuses (for lab checks). */
  readonly commands: CommandRecord[] = [];
  /** The learner's shell history, shared by every terminal (as bash's ~/.bash_history is). */
  readonly history: string[] = [];
  private readonly historyFile: HistoryFile;
  /** Counts changes in the learner's home folder and in other nodes' static pod folders, so lab checks know when to look again. */
  fsChanges = 0;
  /** Settles once the machine has booted; hosts wait for it before the first keystroke. */
  readonly ready: Promise<void>;
  private readonly host: MachineHost;

  constructor(options: MachineOptions) {
    this.clock = new VirtualClock(options.start ?? DEFAULT_START);
    this.random = new Random(options.seed ?? 1);
    this.host = options.host;
    const description = options.cluster ?? options.host.site?.cluster;
    this.hostname = options.hostname ?? description?.nodes.find((n) => n.role === 'control-plane')?.name ?? 'controlplane';
    this.kernel = new Kernel({ clock: this.clock, yieldToHost: options.host.settle });
    this.resolver = createResolver(this.programs);
    installContainerPrograms(this.containerPrograms);
    // The cluster was set up a while before the learner arrives, as a lab VM's is: namespaces,
    // nodes and kube-system objects have an age, and their start-up events have expired.
    const start = this.clock.now();
    if (!options.state) this.clock.set(start - CLUSTER_AGE_MS);
    // The learner's node is a cluster node: its kubelet runs static pods from this filesystem
    // and its hostNetwork pods share this network namespace.
    this.net = this.network.namespace(['172.30.1.2'], this.hostname);
    this.fs = createHostFs({ hostname: this.hostname, programs: [], now: () => this.clock.now() });
    this.historyFile = new HistoryFile(this.fs, '/root/.bash_history', HISTORY_SIZE);
    this.cluster = new Cluster({
      clock: this.clock, random: this.random, network: this.network, programs: this.containerPrograms,
      settle: options.host.settle, description, bindSystem,
      // Every node is a machine of its own that `ssh node01` logs in to.
      nodeFs: (name) => (name === this.hostname ? this.fs : createHostFs({ hostname: name, programs: [], now: () => this.clock.now() })),
      nodeNet: (name) => (name === this.hostname ? this.net : undefined),
    });
    for (const image of options.host.site?.images ?? []) this.cluster.catalog.add(image);
    installHostPrograms(this.programs, this.resolver, this.cluster, this.net);
    installNodes(this);
    for (const name of this.programs.names()) this.fs.writeFile(`/usr/bin/${name}`, binary(name), { mode: 0o755 });
    this.network.addName(this.hostname, '172.30.1.2');
    this.fs.watch('/root', () => { this.fsChanges++; });
    // Labs also grade static pod manifests written on other nodes after `ssh node01`.
    for (const [name, node] of this.cluster.nodes) {
      if (name !== this.hostname) node.fs.watch(DEFAULT_STATIC_POD_PATH, () => { this.fsChanges++; });
    }
    bindSystem(this.fs, { programs: this.programs, processes: this.kernel, net: this.net });
    if (options.state) {
      const failed = this.cluster.loadState(options.state);
      if (failed) throw new Error(failed.message);
      // A loaded state stays exactly as given until virtual time moves on.
      this.clock.setTimer(1, () => this.cluster.start());
    }
    this.ready = this.boot(options.state ? undefined : start);
  }

  /**
   * The cluster's first minutes run in its own past (static control-plane pods pull, start and
   * pass their probes then), the clock jumps to the learner's arrival, and the timers that fell
   * due meanwhile (event expiry, probes) fire once before the first prompt.
   */
  private async boot(arrival: number | undefined): Promise<void> {
    const settle = this.host.settle;
    // The kubelets read their YAML config and static pods as they start.
    await loadYaml();
    if (arrival !== undefined) {
      this.cluster.start();
      await this.clock.runUntil(this.clock.now() + BOOT_MS, settle);
      this.clock.set(arrival);
    }
    await this.clock.runUntil(this.clock.now(), settle);
  }

  /** Opens a terminal with a root login shell on it. */
  openTerminal(options: TerminalOptions = {}): Tty {
    const tty = new Tty({ setTimer: (ms, fire) => { this.clock.setTimer(ms, fire); }, ...options });
    // isatty(1) for programs writing to this terminal (ls columns, colours, curl's meter).
    if (options.echo !== false) registerTerminal(tty.stdout, { cols: () => tty.cols });
    // A new login shell starts from the history file when there is one (the learner may have
    // edited it), else from the machine's own record (a state saved before the file existed).
    const saved = this.historyFile.read();
    if (saved) this.history.splice(0, this.history.length, ...saved);
    tty.history.replace(this.history);
    const quiet = options.prompt === false;
    let aliases: ReadonlyMap<string, string> = new Map([['k', 'kubectl']]);
    const login = createShell({
      flavour: 'bash',
      name: '-bash',
      interactive: true,
      resolve: this.resolver.resolve,
      locate: this.resolver.locate,
      aliases: { k: 'kubectl' },
      onAliases: (table) => { aliases = table; },
      onHistory: (line) => {
        tty.history.add(line);
        this.history.push(line);
        if (this.history.length > HISTORY_SIZE) this.history.shift();
        this.historyFile.append(line, this.history);
        this.commands.push({ line, at: this.clock.now() });
      },
      onCommandDone: (line, status) => {
        const record = this.commands.findLast((c) => c.line === line && c.exitStatus === undefined);
        if (record) record.exitStatus = status;
      },
      history: (argv, io) => {
        if (argv[1] === '-c') {
          tty.history.clear();
          this.history.length = 0;
        }
        else io.stdout.write(tty.history.list().map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join(''));
        return 0;
      },
      homeOf: (user) => (user === 'root' ? '/root' : undefined),
    });
    const env: Record<string, string> = {
      HOME: '/root', USER: 'root', LOGNAME: 'root', SHELL: '/bin/bash', PATH: HOST_PATH,
      TERM: 'xterm-256color', HOSTNAME: this.hostname, LANG: 'C.UTF-8', EDITOR: 'vi',
      // The prompt of exam and lab machines, `controlplane:~$ ` even for root, in the colours
      // of Ubuntu's colour prompt (green host, blue directory).
      PS1: '\\[\\e[01;32m\\]\\h\\[\\e[00m\\]:\\[\\e[01;34m\\]\\w\\[\\e[00m\\]$ ',
    };
    if (quiet) Object.assign(env, { PS1: '', PS2: '' });
    const shell = this.kernel.spawn(login, {
      argv: ['-bash'], env, cwd: '/root', cred: ROOT, fs: this.fs, hostname: this.hostname,
      stdin: tty.stdin, stdout: tty.stdout, stderr: tty.stdout, pgid: 0, terminal: tty, net: this.net,
    });
    tty.foregroundPgid = shell.pgid;
    // Tab completion as on an exam box: the login shell's files and commands, kubectl and `k`.
    tty.lineOptions = {
      ...tty.lineOptions,
      completer: createCompleter({
        fs: this.fs, cred: ROOT, cwd: () => shell.cwd, home: () => '/root', path: () => HOST_PATH,
        aliases: () => aliases, ...clusterLookups(this.cluster.api),
      }),
    };
    tty.onSignal = (signal) => this.kernel.killGroup(tty.foregroundPgid, signal);
    void shell.wait().then(() => tty.hangup());
    return tty;
  }

  get api(): ApiClient {
    return this.cluster.api;
  }

  nodeNames(): string[] {
    return [...this.cluster.nodes.keys()];
  }

  /** What lab checks may look at. */
  labWorld(): LabWorld {
    return createLabWorld(this, this.commands);
  }

  /** Lets every program run until it waits on the clock or on input (after the boot). */
  async settle(): Promise<void> {
    await this.ready;
    return this.host.settle();
  }

  /** Advances virtual time by `ms`, firing every timer due on the way. */
  async advance(ms: number): Promise<void> {
    await this.ready;
    await this.clock.runUntil(this.clock.now() + ms, this.host.settle);
  }

  /** Advances to the next pending timer, if any; false when nothing is scheduled. */
  async step(): Promise<boolean> {
    await this.ready;
    const next = this.clock.nextAt();
    if (next === undefined) return false;
    await this.clock.runUntil(next, this.host.settle);
    return true;
  }
}
