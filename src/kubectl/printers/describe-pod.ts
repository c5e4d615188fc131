// `kubectl describe pod`: the whole text for one pod and its events, at `now`.
// Models kubectl pkg/describe/describe.go (describePod, describePodIPs, printController) and
// pkg/cmd/describe/describe.go (several objects separated by a blank line pair).

import type { Event, Pod } from '../../sim/api/types.ts';
import { formatRFC1123Z, translateTimestampSince } from './duration.ts';
import { describeContainers, describeResources } from './describe/describe-containers.ts';
import { describeEvents } from './describe/describe-events.ts';
import { describeVolumes } from './describe/describe-volumes.ts';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './describe/multiline.ts';
import { LEVEL_0, LEVEL_1, tabbedString, type PrefixWriter } from './describe/prefix-writer.ts';
import { podQOSClass } from './qos.ts';

interface PodSpecExtras {
  runtimeClassName?: string;
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
  securityContext?: { seccompProfile?: { type: string; localhostProfile?: string } };
  topologySpreadConstraints?: { maxSkew: number; topologyKey: string; whenUnsatisfiable: string; labelSelector?: unknown }[];
}

/** The describe text for a pod; `events` are the events whose involvedObject is this pod. */
export function describePod(pod: Pod, events: readonly Event[], now: number): string {
  return tabbedString((w) => {
    const spec = pod.spec;
    const extras = spec as PodSpecExtras;
    const status = pod.status ?? {};
    w.write(LEVEL_0, `Name:\t${pod.metadata.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${pod.metadata.namespace ?? ''}\n`);
    if (spec.priority !== undefined) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
    if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    if (extras.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${extras.runtimeClassName}\n`);
    if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
    w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRFC1123Z(status.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', pod.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pod.metadata.annotations);
    if (pod.metadata.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
      w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(pod.metadata.deletionTimestamp, now)})\n`);
      w.write(LEVEL_0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
    } else {
      w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
    }
    if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
    if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
    const seccomp = extras.securityContext?.seccompProfile;
    if (seccomp) {
      w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
      if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
    }
    w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
    describePodIPs(pod, w);
    const controller = pod.metadata.ownerReferences?.find((r) => r.controller);
    if (controller) w.write(LEVEL_0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
    if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
    if (extras.resources) {
      w.write(LEVEL_0, 'Resources:\n');
      describeResources(extras.resources, w, LEVEL_1);
    }
    if (spec.initContainers && spec.initContainers.length > 0) {
      describeContainers('Init Containers', spec.initContainers, status.initContainerStatuses, pod, w);
    }
    describeContainers('Containers', spec.containers, status.containerStatuses, pod, w);
    if (spec.ephemeralContainers && spec.ephemeralContainers.length > 0) {
      describeContainers('Ephemeral Containers', spec.ephemeralContainers, status.ephemeralContainerStatuses, pod, w);
    }
    if (spec.readinessGates && spec.readinessGates.length > 0) {
      w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
      for (const g of spec.readinessGates) {
        const c = status.conditions?.find((x) => x.type === g.conditionType);
        w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
      }
    }
    if (status.conditions && status.conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
      for (const c of status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(spec.volumes, w);
    w.write(LEVEL_0, `QoS Class:\t${status.qosClass || podQOSClass(pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
    describeTopologySpread(extras.topologySpreadConstraints, w);
    describeEvents(events, w, now);
  });
}

function describePodIPs(pod: Pod, w: PrefixWriter): void {
  const ips = pod.status?.podIPs ?? [];
  if (ips.length === 0) {
    w.write(LEVEL_0, 'IPs:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'IPs:\n');
  for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
}

function describeTopologySpread(constraints: PodSpecExtras['topologySpreadConstraints'], w: PrefixWriter): void {
  if (!constraints || constraints.length === 0) return;
  w.write(LEVEL_0, 'Topology Spread Constraints:\t');
  constraints.forEach((c, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded\n`);
  });
}

/** Several describe texts as `kubectl describe` prints them: separated by two newlines. */
export function joinDescriptions(texts: readonly string[]): string {
  return texts.join('\n\n');
}
