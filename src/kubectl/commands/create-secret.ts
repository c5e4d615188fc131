// kubectl create secret generic: a Secret from literals, files and env files, its values base64
// encoded, Opaque unless --type says otherwise. `kubectl create secret` alone prints its help
// to stderr and fails, as cobra's DefaultSubCommandRun does.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create_secret.go.

import type { KubeObject } from '../../sim/api/types.ts';
import { encodeBase64 } from '../../sim/kubelet/base64.ts';
import type { Command } from '../cli/command.ts';
import { createBuilt, nameArg } from './create-generators.ts';
import { readKeySources } from './key-sources.ts';
import { WRITE_FLAGS } from './write-flags.ts';

const SECRET_HELP = `Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.

Available Commands:
  docker-registry   Create a secret for use with a Docker registry
  generic           Create a secret from a local file, directory, or literal value
  tls               Create a TLS secret

Usage:
  kubectl create secret (docker-registry | generic | tls) [options]

Use "kubectl create secret <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const createSecretGenericCommand: Command = {
  name: 'generic',
  flags: [
    ...WRITE_FLAGS,
    { name: 'from-literal', type: 'stringArray' }, { name: 'from-file', type: 'stringSlice' }, { name: 'from-env-file', type: 'stringSlice' },
    { name: 'type', type: 'string' }, { name: 'append-hash', type: 'bool' }, { name: 'save-config', type: 'bool' },
  ],
  async run(inv) {
    const name = nameArg(inv);
    const values = readKeySources(inv, (key) => `cannot add key ${key}, another key by that name already exists`);
    const data = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, encodeBase64(v)]));
    const type = inv.flags.string('type');
    const object = {
      kind: 'Secret', apiVersion: 'v1', metadata: { name, creationTimestamp: null },
      ...(Object.keys(data).length ? { data } : {}),
      ...(type ? { type } : {}),
    } as unknown as KubeObject;
    return createBuilt(inv, object, 'kubectl-create', 'secrets');
  },
};

export const createSecretCommand: Command = {
  name: 'secret',
  flags: [],
  subcommands: [createSecretGenericCommand],
  async run(inv) {
    inv.err(SECRET_HELP);
    return 1;
  },
};
