// `kubectl options`: the global command-line options every command accepts.
// Models staging/src/k8s.io/kubectl/pkg/cmd/options/options.go.

import type { Command } from '../cli/command.ts';
import { optionsText } from './help.ts';

export const optionsCommand: Command = {
  name: 'options',
  flags: [],
  async run(inv) {
    inv.out(await optionsText(inv.ctx.env.HOME));
    return 0;
  },
};
