// kubectl create deployment|configmap|namespace|serviceaccount: objects kubectl builds itself,
// in Go struct field order (which -o json keeps), created unless --dry-run=client.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create (create_deployment.go, create_configmap.go,
// create_namespace.go, create_serviceaccount.go).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { lookupResourceType } from '../resource-types.ts';
import { readKeySources } from './key-sources.ts';
import { dryRunStrategy, fieldValidation, printWritten, WRITE_FLAGS, writeOutputFormat } from './write-flags.ts';

export async function createBuilt(inv: Invocation, object: KubeObject, manager: string, typeName: string): Promise<number> {
  const dryRun = dryRunStrategy(inv);
  const format = writeOutputFormat(inv);
  if (dryRun === 'client') {
    printWritten(inv, object, 'created', dryRun, format, true);
    return 0;
  }
  const type = lookupResourceType(typeName)!;
  if (!type.served) throw new CliError(`error: failed to create ${type.singular}: the server could not find the requested resource`);
  const namespace = type.namespaced ? inv.namespace : undefined;
  const created = inv.cluster.api.create({
    resource: type.served, namespace, body: type.namespaced ? { ...object, metadata: { ...object.metadata, namespace } } : object,
    options: { fieldManager: inv.flags.string('field-manager', manager), fieldValidation: fieldValidation(inv), dryRun: dryRun === 'server' ? 'All' : undefined },
  });
  if (isStatus(created)) throw new CliError(statusText(created));
  printWritten(inv, created, 'created', dryRun, format);
  return 0;
}

/** The one NAME argument of `kubectl create <kind> NAME` (NameFromCommandArgs). */
export function nameArg(inv: Invocation): string {
  if (inv.args.length !== 1) throw usageError(inv.commandPath, `exactly one NAME is required, got ${inv.args.length}`);
  return inv.args[0];
}

export const createDeploymentCommand: Command = {
  name: 'deployment',
  aliases: ['deploy'],
  flags: [...WRITE_FLAGS, { name: 'image', type: 'stringSlice' }, { name: 'replicas', shorthand: 'r', type: 'int' }, { name: 'port', type: 'int' }, { name: 'save-config', type: 'bool' }],
  async run(inv) {
    const name = nameArg(inv);
    const images = inv.flags.list('image');
    if (images.length === 0) throw usageError(inv.commandPath, '--image is required');
    const labels = { app: name };
    const containers = images.map((image) => {
      const base = image.split('/').pop()!.split(':')[0].split('@')[0];
      const c: Record<string, unknown> = { name: base, image };
      if (inv.flags.has('port')) c.ports = [{ containerPort: inv.flags.int('port', 0) }];
      c.resources = {};
      return c;
    });
    const object = {
      kind: 'Deployment', apiVersion: 'apps/v1',
      metadata: { name, creationTimestamp: null, labels },
      spec: {
        replicas: inv.flags.int('replicas', 1),
        selector: { matchLabels: labels },
        template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
        strategy: {},
      },
      status: {},
    } as unknown as KubeObject;
    return createBuilt(inv, object, 'kubectl-create', 'deployments');
  },
};

export const createConfigMapCommand: Command = {
  name: 'configmap',
  aliases: ['cm'],
  flags: [...WRITE_FLAGS, { name: 'from-literal', type: 'stringArray' }, { name: 'from-file', type: 'stringSlice' }, { name: 'from-env-file', type: 'stringSlice' }, { name: 'append-hash', type: 'bool' }, { name: 'save-config', type: 'bool' }],
  async run(inv) {
    const name = nameArg(inv);
    const data = readKeySources(inv, (key) => `cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${name}"`);
    const object = { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name, creationTimestamp: null }, ...(Object.keys(data).length ? { data } : {}) } as unknown as KubeObject;
    return createBuilt(inv, object, 'kubectl-create', 'configmaps');
  },
};

export const createNamespaceCommand: Command = {
  name: 'namespace',
  aliases: ['ns'],
  flags: [...WRITE_FLAGS, { name: 'save-config', type: 'bool' }],
  async run(inv) {
    const name = nameArg(inv);
    const object = { kind: 'Namespace', apiVersion: 'v1', metadata: { name, creationTimestamp: null }, spec: {}, status: {} } as unknown as KubeObject;
    return createBuilt(inv, object, 'kubectl-create', 'namespaces');
  },
};

export const createServiceAccountCommand: Command = {
  name: 'serviceaccount',
  aliases: ['sa'],
  flags: [...WRITE_FLAGS, { name: 'save-config', type: 'bool' }],
  async run(inv) {
    const name = nameArg(inv);
    const object = { kind: 'ServiceAccount', apiVersion: 'v1', metadata: { name, creationTimestamp: null } } as unknown as KubeObject;
    return createBuilt(inv, object, 'kubectl-create', 'serviceaccounts');
  },
};
