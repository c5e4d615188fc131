// Makes every cluster node a machine a learner can log in to: each node's filesystem gets the
// host's programs as /usr/bin files, the kubelet's systemd unit, the cluster's names in
// /etc/hosts and the node tools (systemctl, journalctl, crictl, ip, ssh) bound to that node's
// kubelet and runtime. The learner's own node (controlplane) is one of them.

import { binary } from '../../os/exec.ts';
import { ROOT } from '../../os/fs/cred.ts';
import { createShell } from '../../shell/interp/shell.ts';
import { bindSystem, coreutils, ping } from '../../shell/programs/index.ts';
import { createCompleter } from '../../shell/completion/completer.ts';
import { clusterLookups } from '../../shell/completion/cluster-lookups.ts';
import type { Machine } from '../machine.ts';
import { bindNode } from './node-of.ts';
import { createSsh, type SshHost } from './ssh.ts';
import { systemctl } from './systemctl.ts';
import { journalctl } from './journalctl.ts';
import { crictl } from './crictl.ts';
import { ip } from './ip.ts';
import { KUBEADM_DROP_IN, KUBELET_DROP_IN, KUBELET_DROP_IN_DIR, KUBELET_UNIT, KUBELET_UNIT_PATH } from './kubelet-unit-files.ts';

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The environment of a root login on a lab node: the prompt is `node01:~$ ` even for root. */
export function loginEnv(hostname: string): Record<string, string> {
  return {
    HOME: '/root', USER: 'root', LOGNAME: 'root', SHELL: '/bin/bash', PATH,
    TERM: 'xterm-256color', HOSTNAME: hostname, LANG: 'C.UTF-8', EDITOR: 'vi', PS1: '\\h:\\w$ ',
  };
}

type MachineParts = Pick<Machine, 'cluster' | 'programs' | 'resolver' | 'kernel' | 'history' | 'commands' | 'clock' | 'network'>;

export function installNodes(m: MachineParts): void {
  const hosts = (): SshHost[] => [...m.cluster.nodes.values()].map((n) => ({ name: n.description.name, ip: n.description.ip, fs: n.fs, net: n.net }));
  const loginShell = createShell({
    flavour: 'bash', name: '-bash', interactive: true, resolve: m.resolver.resolve, locate: m.resolver.locate,
    aliases: { k: 'kubectl' },
    onHistory: (line) => {
      m.history.push(line);
      m.commands.push({ line, at: m.clock.now() });
    },
    onCommandDone: (line, status) => {
      const record = m.commands.findLast((c) => c.line === line && c.exitStatus === undefined);
      if (record) record.exitStatus = status;
    },
    homeOf: (user) => (user === 'root' ? '/root' : undefined),
  });
  const commandShell = createShell({ flavour: 'bash', name: 'bash', resolve: m.resolver.resolve, locate: m.resolver.locate });
  m.programs
    .register('ssh', createSsh({
      hosts, loginShell, commandShell, loginEnv: (h) => loginEnv(h.name),
      completer: (h, cwd) => createCompleter({
        fs: h.fs, cred: ROOT, cwd, home: () => '/root', path: () => PATH, aliases: () => ({ k: 'kubectl' }), ...clusterLookups(m.cluster.api),
      }),
    }))
    .register('systemctl', systemctl)
    .register('journalctl', journalctl)
    .register('crictl', crictl)
    .register('ip', ip)
    // iputils' ping, as Ubuntu's lab nodes have it.
    .register('ping', (ctx) => ping(ctx, coreutils));
  const table = hosts().map((h) => `${h.ip} ${h.name}\n`).join('');
  for (const node of m.cluster.nodes.values()) {
    const { fs, net } = node;
    const name = node.description.name;
    for (const program of m.programs.names()) fs.writeFile(`/usr/bin/${program}`, binary(program), { mode: 0o755 });
    fs.mkdir(KUBELET_DROP_IN_DIR, { recursive: true });
    fs.writeFile(KUBELET_UNIT_PATH, KUBELET_UNIT);
    fs.writeFile(`${KUBELET_DROP_IN_DIR}/${KUBELET_DROP_IN}`, KUBEADM_DROP_IN);
    fs.writeFile('/etc/hosts', `127.0.0.1 localhost\n127.0.1.1 ${name}\n${table}`);
    m.network.addName(name, node.description.ip);
    // flannel's route: this node's pod CIDR lies behind it (ping's TTLs count these hops).
    m.network.addPodRoute(node.description.podCIDR, node.description.ip);
    bindSystem(fs, { programs: m.programs, processes: m.kernel, net });
    bindNode(fs, node);
  }
}
