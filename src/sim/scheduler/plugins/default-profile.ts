// The default-scheduler profile: the in-tree plugins PodLab models, in upstream's order.
// Filter order matters: a node reports only the first plugin that rejects it, which is why a
// tainted control plane says "untolerated taint" and never "Insufficient memory".
// Models pkg/scheduler/apis/config/v1/default_plugins.go (getDefaultPlugins)

import type { Profile } from '../framework/runtime.ts';
import { InterPodAffinity } from './inter-pod-affinity.ts';
import { NodeAffinity } from './node-affinity.ts';
import { NodeName } from './node-name.ts';
import { NodePorts } from './node-ports.ts';
import { NodeResourcesFit } from './node-resources-fit.ts';
import { NodeUnschedulable } from './node-unschedulable.ts';
import { TaintToleration } from './taint-toleration.ts';

export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

export const DEFAULT_PROFILE: Profile = {
  filters: [NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodePorts, NodeResourcesFit, InterPodAffinity],
  // Weights as upstream: TaintToleration 3, NodeAffinity 2, InterPodAffinity 2, NodeResourcesFit 1.
  scores: [TaintToleration, NodeAffinity, NodeResourcesFit, InterPodAffinity],
};
