// The kubelet's view of the EventRecorder: events about a pod or about one of its containers
// (involvedObject.fieldPath `spec.containers{nginx}`), always from source `kubelet` on this node.
// Models pkg/kubelet/container/ref.go (GenerateContainerRef) over client-go's recorder

import type { Container, KubeObject, Pod } from '../api/types.ts';
import type { EventRecorder, EventType } from '../apiserver/event-recorder.ts';

export type { EventType };

export interface KubeletRecorder {
  podEvent(pod: Pod, type: EventType, reason: string, message: string): void;
  containerEvent(pod: Pod, container: Container, type: EventType, reason: string, message: string): void;
  nodeEvent(node: KubeObject, type: EventType, reason: string, message: string): void;
}

/** `spec.containers{c}` or `spec.initContainers{c}`, the container reference's fieldPath. */
export function containerFieldPath(pod: Pod, container: Container): string {
  if (pod.spec.initContainers?.some((c) => c.name === container.name)) return `spec.initContainers{${container.name}}`;
  if (pod.spec.ephemeralContainers?.some((c) => c.name === container.name)) return `spec.ephemeralContainers{${container.name}}`;
  return `spec.containers{${container.name}}`;
}

export class NodeEventRecorder implements KubeletRecorder {
  private readonly recorder: EventRecorder;
  private readonly node: string;

  constructor(recorder: EventRecorder, nodeName: string) {
    this.recorder = recorder;
    this.node = nodeName;
  }

  podEvent(pod: Pod, type: EventType, reason: string, message: string): void {
    this.recorder.eventf({ ...pod, apiVersion: 'v1', kind: 'Pod' }, type, reason, message, { component: 'kubelet', host: this.node });
  }

  containerEvent(pod: Pod, container: Container, type: EventType, reason: string, message: string): void {
    this.recorder.eventf({ ...pod, apiVersion: 'v1', kind: 'Pod' }, type, reason, message,
      { component: 'kubelet', host: this.node, fieldPath: containerFieldPath(pod, container) });
  }

  nodeEvent(node: KubeObject, type: EventType, reason: string, message: string): void {
    // The kubelet refers to its node by name in the uid field, as upstream's nodeRef does.
    const ref = { apiVersion: 'v1', kind: 'Node', metadata: { name: node.metadata.name, uid: node.metadata.name } };
    this.recorder.eventf(ref, type, reason, message, { component: 'kubelet', host: this.node });
  }
}
