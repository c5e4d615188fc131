// The kubeconfig kubectl reads: $KUBECONFIG or ~/.kube/config on the machine's filesystem.
// Without one, kubectl behaves as in a lab whose kubeconfig points at the one cluster.
// Models staging/src/k8s.io/client-go/tools/clientcmd (loader.go, client_config.go).

import type { ProcessContext } from '../os/process/context.ts';
import { yaml } from '../sim/yaml/yaml-library.ts';

export interface KubeconfigContext {
  name: string;
  context: { cluster?: string; user?: string; namespace?: string };
}

export interface Kubeconfig {
  apiVersion?: string;
  kind?: string;
  clusters?: { name: string; cluster: Record<string, unknown> }[];
  contexts?: KubeconfigContext[];
  users?: { name: string; user: Record<string, unknown> }[];
  'current-context'?: string;
  preferences?: Record<string, unknown>;
}

export const DEFAULT_KUBECONFIG_PATH = '.kube/config';

export function kubeconfigPath(ctx: ProcessContext): string {
  const fromEnv = ctx.env.KUBECONFIG?.split(':')[0];
  if (fromEnv) return ctx.resolve(fromEnv);
  return `${ctx.env.HOME || '/root'}/${DEFAULT_KUBECONFIG_PATH}`;
}

/** The parsed kubeconfig, or undefined when there is none (or it does not parse). */
export function readKubeconfig(ctx: ProcessContext): Kubeconfig | undefined {
  const { parse } = yaml();
  try {
    const text = ctx.fs.readFile(kubeconfigPath(ctx), ctx.cred);
    const doc = parse(text) as unknown;
    return doc && typeof doc === 'object' ? (doc as Kubeconfig) : undefined;
  } catch {
    return undefined;
  }
}

export function currentNamespace(ctx: ProcessContext, contextOverride = ''): string {
  const config = readKubeconfig(ctx);
  if (!config) return 'default';
  const name = contextOverride || config?.['current-context'];
  const context = config?.contexts?.find((c) => c.name === name);
  return context?.context?.namespace || 'default';
}

/** The kubeconfig kubeadm writes for the administrator, which PodLab's machines start from. */
export function defaultKubeconfig(server: string): Kubeconfig {
  return {
    apiVersion: 'v1',
    clusters: [{ cluster: { 'certificate-authority-data': 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==', server }, name: 'kubernetes' }],
    contexts: [{ context: { cluster: 'kubernetes', user: 'kubernetes-admin' }, name: 'kubernetes-admin@kubernetes' }],
    'current-context': 'kubernetes-admin@kubernetes',
    kind: 'Config',
    preferences: {},
    users: [{ name: 'kubernetes-admin', user: { 'client-certificate-data': 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==', 'client-key-data': 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=' } }],
  };
}

export function effectiveKubeconfig(ctx: ProcessContext, server: string): Kubeconfig {
  return readKubeconfig(ctx) ?? defaultKubeconfig(server);
}
