// kubectl edit: writes the object as YAML under kubectl's header to a temporary file, runs
// $KUBE_EDITOR or $EDITOR (vi by default) on it, and writes back what changed.
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go and editor.go.

import type { KubeObject } from '../../sim/api/types.ts';
import { parse } from 'yaml';
import type { Program } from '../../os/process/context.ts';
import { binaryName } from '../../os/exec.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { getObject, isStatus } from '../fetch.ts';
import { printName } from '../printers/name.ts';
import { printJson, printYaml } from '../printers/yaml-json.ts';
import { parseResourceArgs } from '../resource-args.ts';
import { sameJson } from '../apply/three-way-merge.ts';
import { withoutManagedFields } from '../output/print-objects.ts';

const HEADER = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

/** Looks a program up by name, as the machine's registry of built-in programs does. */
export interface ProgramLookup {
  get(name: string): Program | undefined;
}

function findEditor(inv: Invocation, programs: ProgramLookup | undefined, name: string): Program | undefined {
  const candidates = name.includes('/') ? [inv.ctx.resolve(name)] : (inv.ctx.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':').map((d) => `${d}/${name}`);
  for (const path of candidates) {
    try {
      const builtin = binaryName(inv.ctx.fs.readFile(path, inv.ctx.cred));
      if (builtin) return programs?.get(builtin);
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

export function editCommand(programs?: ProgramLookup): Command {
  return {
    name: 'edit',
    flags: [
      { name: 'output', shorthand: 'o', type: 'string' },
      { name: 'filename', shorthand: 'f', type: 'stringSlice' },
      { name: 'windows-line-endings', type: 'bool' },
      { name: 'save-config', type: 'bool' },
      { name: 'validate', type: 'string', noOptDefault: 'strict' },
      { name: 'field-manager', type: 'string' },
      { name: 'subresource', type: 'string' },
      { name: 'show-managed-fields', type: 'bool' },
    ],
    async run(inv) {
      if (inv.args.length === 0) throw usageError(inv.commandPath, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
      const parsed = parseResourceArgs(inv.args);
      const req = parsed.requests[0];
      if (req.name === undefined) throw new CliError('error: resource(s) were provided, but no name was specified');
      const original = getObject(inv.cluster.api, req.type, inv.namespace, req.name);
      if (isStatus(original)) throw new CliError(statusText(original));
      const json = inv.flags.string('output') === 'json';
      const shown = inv.flags.bool('show-managed-fields') ? original : withoutManagedFields(original);
      const text = HEADER + (json ? printJson(shown) : printYaml(shown));
      const editorLine = inv.ctx.env.KUBE_EDITOR || inv.ctx.env.EDITOR || 'vi';
      const [editorName, ...editorArgs] = editorLine.split(/\s+/);
      const editor = findEditor(inv, programs, editorName);
      if (!editor) throw new CliError(`error: there was a problem with the editor "${editorLine}"`);
      const path = `/tmp/kubectl-edit-${inv.ctx.pid}${inv.ctx.now() % 1_000_000_000}.${json ? 'json' : 'yaml'}`;
      inv.ctx.fs.writeFile(path, text, {}, inv.ctx.cred);
      const child = inv.ctx.spawn(editor, { argv: [editorName, ...editorArgs, path] });
      const exit = await inv.ctx.process.block(child.wait());
      if (exit.code !== 0) throw new CliError(`error: there was a problem with the editor "${editorLine}"`);
      const edited = inv.ctx.fs.readFile(path, inv.ctx.cred);
      const body = edited.split('\n').filter((l) => !l.startsWith('#')).join('\n');
      if (body.trim() === '') {
        inv.err('Edit cancelled, saved file was empty.\n');
        return 0;
      }
      let object: KubeObject;
      try {
        object = (json ? JSON.parse(body) : parse(body)) as KubeObject;
      } catch (e) {
        throw new CliError(`error: error parsing edited file: ${(e as Error).message}`);
      }
      if (sameJson(object, shown)) {
        inv.err('Edit cancelled, no changes made.\n');
        return 0;
      }
      const updated = inv.cluster.api.update({
        resource: req.type.served!, namespace: req.type.namespaced ? original.metadata.namespace : undefined, name: req.name,
        body: { ...object, metadata: { ...object.metadata, managedFields: original.metadata.managedFields } },
        options: { fieldManager: inv.flags.string('field-manager', 'kubectl-edit') },
      });
      if (isStatus(updated)) {
        inv.err(`${updated.reason === 'Invalid' ? `error: ${req.type.name} "${req.name}" is invalid` : statusText(updated)}\n`);
        inv.err(`A copy of your changes has been stored to "${path}"\n`);
        throw new CliError('error: Edit cancelled, no valid changes were saved.');
      }
      inv.out(printName(updated, 'edited'));
      return 0;
    },
  };
}
