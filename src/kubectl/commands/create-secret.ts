// kubectl create secret generic: a Secret from literals, files and env files, its values base64
// encoded, Opaque unless --type says otherwise. `kubectl create secret` alone is a group without
// a body: it prints its help to stderr and fails, as cobra's DefaultSubCommandRun does.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create_secret.go.

import type { KubeObject } from '../../sim/api/types.ts';
import { encodeBase64Text } from '../../os/base64.ts';
import type { Command } from '../cli/command.ts';
import { createBuilt, nameArg } from './create-generators.ts';
import { readKeySources } from './key-sources.ts';
import { WRITE_FLAGS } from './write-flags.ts';

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
    const data = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, encodeBase64Text(v)]));
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
};
