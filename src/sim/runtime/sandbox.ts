// A pod sandbox: the network namespace every container of the pod joins, the pod's shared
// /etc files, and the pause process that holds the namespaces.
// Models containerd pkg/cri/server/sandbox_run.go.

import { FileSystem, type MountSource } from '../../os/fs/file-system.ts';
import { Tree } from '../../os/fs/tree.ts';
import type { NetNamespace } from '../../os/net.ts';
import { Pipe } from '../../os/pipe.ts';
import { Kernel } from '../../os/process/kernel.ts';
import type { Process } from '../../os/process/process.ts';
import type { VirtualClock } from '../clock.ts';
import type { PodSandboxConfig } from '../cri/types.ts';
import { clusterFirstDns, hostNetworkHostsFile, hostsFile, resolvConf } from './etc-files.ts';
import type { PodFiles } from './rootfs.ts';
import { pause } from '../images/programs/pause.ts';

export type SandboxState = 'ready' | 'notready';

export class Sandbox {
  readonly id: string;
  readonly config: PodSandboxConfig;
  readonly net: NetNamespace;
  readonly ownsNet: boolean;
  readonly files: PodFiles;
  readonly kernel: Kernel;
  readonly pause: Process;
  readonly createdAt: number;
  state: SandboxState = 'ready';

  constructor(init: {
    id: string; config: PodSandboxConfig; net: NetNamespace; ownsNet: boolean; clock: VirtualClock;
    yieldToHost: () => Promise<void>; nodeHosts: string;
  }) {
    this.id = init.id;
    this.config = init.config;
    this.net = init.net;
    this.ownsNet = init.ownsNet;
    this.createdAt = init.clock.now();
    this.files = podFiles(init.config, init.nodeHosts, () => init.clock.now());
    this.kernel = new Kernel({ clock: init.clock, yieldToHost: init.yieldToHost, firstPid: 1, initExitKillsAll: true });
    const none = new Pipe();
    none.close();
    this.pause = this.kernel.spawn(pause, {
      argv: ['/pause'], env: {}, cwd: '/', cred: { uid: 65535, gid: 65535, groups: [65535] },
      fs: new FileSystem(new Tree(), () => init.clock.now()), stdin: none, stdout: new Pipe(), stderr: new Pipe(),
      hostname: init.config.hostname, net: init.net,
    });
  }

  stop(): void {
    if (this.state === 'notready') return;
    this.state = 'notready';
    this.kernel.killAll('SIGKILL');
    if (this.ownsNet) this.net.close();
  }
}

function podFiles(config: PodSandboxConfig, nodeHosts: string, now: () => number): PodFiles {
  const tree = new Tree({ mtime: now() });
  const fs = new FileSystem(tree, now);
  const hosts = config.hostNetwork
    ? hostNetworkHostsFile(nodeHosts)
    : hostsFile({ ip: config.ip, hostname: config.hostname, fqdn: config.fqdn, hostAliases: config.hostAliases });
  fs.writeFile('/hosts', hosts);
  fs.writeFile('/hostname', `${config.hostname}\n`);
  fs.writeFile('/resolv.conf', resolvConf(config.dns ?? clusterFirstDns(config.namespace)));
  const at = (p: string): MountSource => fs.bindSource(p);
  return { hosts: at('/hosts'), hostname: at('/hostname'), resolvConf: at('/resolv.conf') };
}
