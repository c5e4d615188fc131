// The kubeconfig kubectl reads: $KUBECONFIG or ~/.kube/config on the machine's filesystem.
// Without one, kubectl behaves as in a lab whose kubeconfig points at the one cluster.
// Models staging/src/k8s.io/client-go/tools/clientcmd (loader.go, client_config.go).

import { parse } from 'yaml';
import type { ProcessContext } from '../os/process/context.ts';

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
  const name = contextOverride || config?.['current-context'];
  const context = config?.contexts?.find((c) => c.name === name);
  return context?.context?.namespace || 'default';
}
