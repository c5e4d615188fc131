// A container's environment: the `kubernetes` service variables, envFrom, then env (later
// entries win), with fieldRef / resourceFieldRef / configMapKeyRef / secretKeyRef resolved and
// `$(VAR)` references expanded. Failures carry the kubelet's own texts, which the learner sees
// as CreateContainerConfigError.
// Models pkg/kubelet/kubelet_pods.go (makeEnvironmentVariables, podFieldSelectorRuntimeValue)
// and third_party/forked/golang/expansion/expand.go

import type { ConfigMap, Container, EnvVar, Pod, Secret, Status } from '../../api/types.ts';
import { isStatus } from '../../api/errors.ts';
import { extractFieldPathAsString } from '../../fieldpath/fieldpath.ts';
import { resourceFieldValue } from '../../fieldpath/resource-field.ts';
import { decodeBase64Text } from '../../../os/base64.ts';

/** Reads the objects env refers to; the API client in production, a map in tests. */
export interface EnvSource {
  configMap(namespace: string, name: string): ConfigMap | Status;
  secret(namespace: string, name: string): Secret | Status;
}

export interface EnvContext {
  hostIP: string;
  podIP: string;
  /** The `kubernetes` service's ClusterIP (kubeadm: 10.96.0.1). */
  kubernetesServiceIP: string;
  /** Node allocatable, for resourceFieldRef without a limit. */
  nodeAllocatable: { cpu?: string; memory?: string };
}

export type EnvResult = { ok: true; env: Record<string, string> } | { ok: false; message: string };

/** `$(VAR)` → value when defined, `$$` → `$`, anything else kept as written. */
export function expand(input: string, vars: Record<string, string>): string {
  return input.replace(/\$\$|\$\(([^)]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    return name !== undefined && Object.hasOwn(vars, name) ? vars[name] : m;
  });
}

/** podFieldSelectorRuntimeValue: the runtime fields, then the Pod's own. */
function fieldValue(pod: Pod, path: string, ctx: EnvContext): string | undefined {
  switch (path) {
    case 'spec.nodeName': return pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName': return pod.spec.serviceAccountName ?? '';
    case 'status.hostIP': case 'status.hostIPs': return ctx.hostIP;
    case 'status.podIP': case 'status.podIPs': return ctx.podIP;
    default: return extractFieldPathAsString(pod, path);
  }
}

function resourceValue(pod: Pod, container: Container, ref: NonNullable<EnvVar['valueFrom']>['resourceFieldRef'], ctx: EnvContext): string {
  const target = ref!.containerName ? pod.spec.containers.find((c) => c.name === ref!.containerName) ?? container : container;
  return resourceFieldValue(target, ref!, ctx.nodeAllocatable);
}

function serviceEnv(ip: string): Record<string, string> {
  return {
    KUBERNETES_SERVICE_HOST: ip, KUBERNETES_SERVICE_PORT: '443', KUBERNETES_SERVICE_PORT_HTTPS: '443',
    KUBERNETES_PORT: `tcp://${ip}:443`, KUBERNETES_PORT_443_TCP: `tcp://${ip}:443`,
    KUBERNETES_PORT_443_TCP_PROTO: 'tcp', KUBERNETES_PORT_443_TCP_PORT: '443', KUBERNETES_PORT_443_TCP_ADDR: ip,
  };
}

export function makeEnvironmentVariables(pod: Pod, container: Container, source: EnvSource, ctx: EnvContext): EnvResult {
  const ns = pod.metadata.namespace ?? 'default';
  const tmp: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const cm = source.configMap(ns, from.configMapRef.name);
      if (isStatus(cm)) {
        if (from.configMapRef.optional) continue;
        return { ok: false, message: `configmap "${from.configMapRef.name}" not found` };
      }
      for (const [k, v] of Object.entries(cm.data ?? {})) tmp[prefix + k] = v;
    } else if (from.secretRef) {
      const s = source.secret(ns, from.secretRef.name);
      if (isStatus(s)) {
        if (from.secretRef.optional) continue;
        return { ok: false, message: `secret "${from.secretRef.name}" not found` };
      }
      for (const [k, v] of Object.entries(s.data ?? {})) tmp[prefix + k] = decodeBase64Text(v);
    }
  }
  const env: Record<string, string> = { ...tmp };
  // Explicit env is expanded against what is defined so far, in order.
  const mapping = { ...serviceEnv(ctx.kubernetesServiceIP), ...tmp };
  for (const e of container.env ?? []) {
    let value: string | undefined;
    const from = e.valueFrom;
    if (!from) {
      value = expand(e.value ?? '', mapping);
    } else if (from.fieldRef) {
      value = fieldValue(pod, from.fieldRef.fieldPath, ctx) ?? '';
    } else if (from.resourceFieldRef) {
      value = resourceValue(pod, container, from.resourceFieldRef, ctx);
    } else if (from.configMapKeyRef) {
      const ref = from.configMapKeyRef;
      const cm = source.configMap(ns, ref.name);
      if (isStatus(cm)) {
        if (ref.optional) continue;
        return { ok: false, message: `configmap "${ref.name}" not found` };
      }
      value = cm.data?.[ref.key];
      if (value === undefined) {
        if (ref.optional) continue;
        return { ok: false, message: `couldn't find key ${ref.key} in ConfigMap ${ns}/${ref.name}` };
      }
    } else if (from.secretKeyRef) {
      const ref = from.secretKeyRef;
      const s = source.secret(ns, ref.name);
      if (isStatus(s)) {
        if (ref.optional) continue;
        return { ok: false, message: `secret "${ref.name}" not found` };
      }
      const raw = s.data?.[ref.key];
      if (raw === undefined) {
        if (ref.optional) continue;
        return { ok: false, message: `couldn't find key ${ref.key} in Secret ${ns}/${ref.name}` };
      }
      value = decodeBase64Text(raw);
    }
    env[e.name] = value ?? '';
    mapping[e.name] = value ?? '';
  }
  return { ok: true, env: { ...serviceEnv(ctx.kubernetesServiceIP), ...env } };
}
