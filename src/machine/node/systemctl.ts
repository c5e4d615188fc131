// systemctl on a lab node, for the units a Kubernetes learner touches: kubelet (status, start,
// stop, restart, is-active, is-enabled) and containerd (status). Stopping the kubelet really
// stops it; the control plane then marks the node NotReady. Output as systemd 255 (Ubuntu 24.04)
// prints it without a pager.
// Models systemd src/systemctl/systemctl-show.c (print_status_info)

import type { ProcessContext } from '../../os/process/context.ts';
import type { ClusterNode } from '../../sim/cluster/cluster.ts';
import { KUBELET_UNIT_DESCRIPTION } from '../../sim/cluster/kubelet-service.ts';
import { kubeletJournal } from './journal-lines.ts';
import { KUBELET_COMMAND_LINE, KUBELET_DROP_IN, KUBELET_DROP_IN_DIR, KUBELET_UNIT_PATH } from './kubelet-unit-files.ts';
import { nodeOf } from './node-of.ts';
import { terminalOf } from '../../shell/programs/lib/system.ts';
import { systemdRelative, systemdTimespan, systemdTimestamp } from './systemd-time.ts';

const unitName = (arg: string) => (arg.includes('.') ? arg : `${arg}.service`);

/** kubelet's steady CPU use on an idle lab node, about one percent of a core. */
const CPU_SHARE = 0.011;

export function kubeletStatus(node: ClusterNode, now: number, colour = false): { text: string; code: number } {
  const run = node.service.current;
  const active = node.service.state === 'active';
  const green = (t: string) => (colour ? `\x1b[0;1;32m${t}\x1b[0m` : t);
  const head = [
    `${active ? green('●') : '○'} kubelet.service - ${KUBELET_UNIT_DESCRIPTION}`,
    `     Loaded: loaded (${KUBELET_UNIT_PATH}; enabled; preset: enabled)`,
    `    Drop-In: ${KUBELET_DROP_IN_DIR}`,
    `             └─${KUBELET_DROP_IN}`,
  ];
  if (!run) return { text: `${[...head, '     Active: inactive (dead)', '       Docs: https://kubernetes.io/docs/'].join('\n')}\n`, code: 3 };
  const cpu = systemdTimespan((((run.stoppedAt ?? now) - run.startedAt) * CPU_SHARE));
  const lines = [...head];
  if (active) {
    lines.push(
      `     Active: ${green('active (running)')} since ${systemdTimestamp(run.startedAt)}; ${systemdRelative(now - run.startedAt)}`,
      '       Docs: https://kubernetes.io/docs/',
      `   Main PID: ${run.pid} (kubelet)`,
      '      Tasks: 13 (limit: 4659)',
      '     Memory: 44.9M (peak: 47.3M)',
      `        CPU: ${cpu}`,
      '     CGroup: /system.slice/kubelet.service',
      `             └─${run.pid} ${KUBELET_COMMAND_LINE}`,
    );
  } else {
    lines.push(
      `     Active: inactive (dead) since ${systemdTimestamp(run.stoppedAt!)}; ${systemdRelative(now - run.stoppedAt!)}`,
      `   Duration: ${systemdTimespan(run.stoppedAt! - run.startedAt)}`,
      '       Docs: https://kubernetes.io/docs/',
      `    Process: ${run.pid} ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS (code=exited, status=0/SUCCESS)`,
      `   Main PID: ${run.pid} (code=exited, status=0/SUCCESS)`,
      `        CPU: ${cpu}`,
    );
  }
  const journal = kubeletJournal(node).slice(-10).map((l) => l.text);
  return { text: `${lines.join('\n')}\n${journal.length > 0 ? `\n${journal.join('\n')}\n` : ''}`, code: active ? 0 : 3 };
}

function containerdStatus(node: ClusterNode, now: number, colour: boolean): string {
  const green = (t: string) => (colour ? `\x1b[0;1;32m${t}\x1b[0m` : t);
  const boot = node.service.runs[0]?.startedAt ?? now;
  return [
    `${green('●')} containerd.service - containerd container runtime`,
    '     Loaded: loaded (/usr/lib/systemd/system/containerd.service; enabled; preset: enabled)',
    `     Active: ${green('active (running)')} since ${systemdTimestamp(boot)}; ${systemdRelative(now - boot)}`,
    '       Docs: https://containerd.io',
    '   Main PID: 512 (containerd)',
    '      Tasks: 92',
    '     Memory: 61.2M (peak: 64.0M)',
    `        CPU: ${systemdTimespan((now - boot) * 0.006)}`,
    '     CGroup: /system.slice/containerd.service',
    '             └─512 /usr/bin/containerd',
  ].join('\n') + '\n';
}

export async function systemctl(ctx: ProcessContext): Promise<number> {
  const args = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
  const [verb = 'list-units', ...units] = args;
  const node = nodeOf(ctx);
  if (!node) {
    ctx.stderr.write('System has not been booted with systemd as init system (PID 1). Can\'t operate.\nFailed to connect to bus: Host is down\n');
    return 1;
  }
  if (verb === 'daemon-reload') return 0;
  if (units.length === 0 && ['start', 'stop', 'restart', 'enable', 'disable', 'is-active', 'is-enabled'].includes(verb)) {
    ctx.stderr.write(`Too few arguments.\n`);
    return 1;
  }
  const colour = terminalOf(ctx.stdout) !== undefined;
  const known = (u: string) => u === 'kubelet.service' || u === 'containerd.service';
  let code = 0;
  for (const unit of units.map(unitName)) {
    if (!known(unit)) {
      if (verb === 'status') ctx.stderr.write(`Unit ${unit} could not be found.\n`);
      else if (verb === 'is-active') ctx.stdout.write('inactive\n');
      else ctx.stderr.write(`Failed to ${verb} ${unit}: Unit ${unit} not found.\n`);
      code = verb === 'status' ? 4 : verb === 'is-active' ? 3 : 5;
      continue;
    }
    const kubelet = unit === 'kubelet.service';
    switch (verb) {
      case 'status': {
        if (!kubelet) { ctx.stdout.write(containerdStatus(node, ctx.now(), colour)); break; }
        const status = kubeletStatus(node, ctx.now(), colour);
        ctx.stdout.write(status.text);
        code = Math.max(code, status.code);
        break;
      }
      case 'start': if (kubelet) node.service.start(); break;
      case 'stop': if (kubelet) node.service.stop(); break;
      case 'restart': if (kubelet) node.service.restart(); break;
      case 'is-active': {
        const active = !kubelet || node.service.state === 'active';
        ctx.stdout.write(active ? 'active\n' : 'inactive\n');
        if (!active) code = 3;
        break;
      }
      case 'is-enabled': ctx.stdout.write('enabled\n'); break;
      case 'enable': case 'disable': break;
      default:
        ctx.stderr.write(`Unknown command verb '${verb}'.\n`);
        return 1;
    }
  }
  return code;
}
