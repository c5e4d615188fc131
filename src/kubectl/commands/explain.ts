// kubectl explain TYPE[.field…] [--recursive]: field documentation from the API schema, whose
// descriptions are loaded only when explain runs.
// Models staging/src/k8s.io/kubectl/pkg/cmd/explain/explain.go.

import { loadDocs } from '../../sim/apiserver/schema.ts';
import type { Command } from '../cli/command.ts';
import { CliError, usageError } from '../cli/errors.ts';
import { renderExplain } from '../explain/render-explain.ts';
import { resolveType } from '../resource-args.ts';

export const explainCommand: Command = {
  name: 'explain',
  flags: [
    { name: 'recursive', type: 'bool' },
    { name: 'api-version', type: 'string' },
    { name: 'output', shorthand: 'o', type: 'string' },
  ],
  async run(inv) {
    if (inv.args.length === 0) {
      throw usageError(inv.commandPath, 'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
    }
    if (inv.args.length > 1) throw usageError(inv.commandPath, `We accept only this format: explain RESOURCE`);
    const output = inv.flags.string('output', 'plaintext');
    if (output !== 'plaintext' && output !== 'plaintext-openapiv2') {
      throw new CliError(`error: unsupported output format: ${output}; supported formats: plaintext, plaintext-openapiv2`);
    }
    const [typed, ...path] = inv.args[0].split('.');
    const type = resolveType(typed);
    if (!type.served) throw new CliError(`error: couldn't find resource for "${type.group}/${type.version}, Kind=${type.kind}"`);
    const result = renderExplain(type.kind, type.version, path.filter((p) => p !== ''), inv.flags.bool('recursive'), await loadDocs());
    if (!result.ok) throw new CliError(result.error);
    inv.out(result.text);
    return 0;
  },
};
