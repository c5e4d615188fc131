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
      if (req?.name === undefined) throw new CliError('error: resource(s) were provided, but no name was specified');
      const original = getObject(inv.cluster.api, req.type, inv.namespace, req.name);
      if (isStatus(original)) throw new CliError(statusText(original));
      const json = inv.flags.string('output') === 'json';
      const shown = inv.flags.bool('show-managed-fields') ? original : withoutManagedFields(original);
      const editorLine = inv.ctx.env.KUBE_EDITOR || inv.ctx.env.EDITOR || 'vi';
      const [editorName, ...editorArgs] = editorLine.split(/\s+/);
      const editor = findEditor(inv, programs, editorName);
      if (!editor) throw new CliError(`error: there was a problem with the editor "${editorLine}"`);
      const printed = json ? printJson(shown) : printYaml(shown);
      // As kubectl does, a rejected save reopens the editor on the edited text under a header that
      // says why; quitting without a further change keeps that file and cancels.
      let buffer = HEADER + printed;
      let rejected: string | undefined;
      let rejectedPath: string | undefined;
      const remove = (path: string) => {
        try {
          inv.ctx.fs.unlink(path, inv.ctx.cred);
        } catch {
          // The editor removed it already.
        }
      };
      for (let pass = 0; ; pass++) {
        const path = `/tmp/kubectl-edit-${inv.ctx.pid}${inv.ctx.now() % 1_000_000_000}${pass === 0 ? '' : pass}.${json ? 'json' : 'yaml'}`;
        inv.ctx.fs.writeFile(path, buffer, {}, inv.ctx.cred);
        const child = inv.ctx.spawn(editor, { argv: [editorName, ...editorArgs, path] });
        const exit = await inv.ctx.process.block(child.wait());
        if (exit.code !== 0) throw new CliError(`error: there was a problem with the editor "${editorLine}"`);
        let edited: string;
        try {
          edited = inv.ctx.fs.readFile(path, inv.ctx.cred);
        } catch {
          throw new CliError(`error: open ${path}: no such file or directory`);
        }
        if (rejected !== undefined && sameContent(rejected, edited)) {
          inv.err(`A copy of your changes has been stored to "${path}"\n`);
          throw new CliError('error: Edit cancelled, no valid changes were saved.');
        }
        if (rejectedPath !== undefined) remove(rejectedPath);
        if (sameContent(HEADER + printed, edited)) {
          remove(path);
          inv.err('Edit cancelled, no changes made.\n');
          return 0;
        }
        const body = stripComments(edited);
        if (body.trim() === '') {
          remove(path);
          inv.err('Edit cancelled, saved file was empty.\n');
          return 0;
        }
        const retry = (reasons: string) => {
          rejected = edited;
          rejectedPath = path;
          buffer = HEADER + reasons + body;
        };
        const object = parseEdited(body, json);
        if (typeof object === 'string') {
          retry(reasonLines(`The edited file had a syntax error: ${object}`, []));
          continue;
        }
        const updated = inv.cluster.api.update({
          resource: req.type.served!, namespace: req.type.namespaced ? original.metadata.namespace : undefined, name: req.name,
          body: { ...object, metadata: { ...object.metadata, managedFields: original.metadata.managedFields } },
          options: { fieldManager: inv.flags.string('field-manager', 'kubectl-edit') },
        });
        if (isStatus(updated) && updated.reason === 'Invalid') {
          inv.err(`error: ${req.type.name} "${req.name}" is invalid\n`);
          const causes = (updated.details?.causes ?? []).map((c) => `${c.field}: ${c.message}`);
          retry(reasonLines(`${req.type.name} "${req.name}" was not valid`, causes));
          continue;
        }
        if (isStatus(updated)) {
          inv.err(`${statusText(updated)}\nA copy of your changes has been stored to "${path}"\n`);
          throw new CliError('error: Edit cancelled, no valid changes were saved.');
        }
        remove(path);
        inv.out(printName(updated, 'edited'));
        return 0;
      }
    },
  };
}

/** Lines starting with `#` dropped, as kubectl's ManualStrip does (`#!` stays). */
function stripComments(text: string): string {
  return text.split('\n').filter((l) => !(l.trim().startsWith('#') && !l.trim().startsWith('#!'))).join('\n');
}

/** kubectl compares edits as data when they parse, else as text without comments. */
function sameContent(a: string, b: string): boolean {
  const pa = parseEdited(stripComments(a), false);
  const pb = parseEdited(stripComments(b), false);
  if (typeof pa !== 'string' && typeof pb !== 'string') return sameJson(pa, pb);
  return stripComments(a) === stripComments(b);
}

function parseEdited(body: string, json: boolean): KubeObject | string {
  try {
    return (json ? JSON.parse(body) : parse(body)) as KubeObject;
  } catch (e) {
    return (e as Error).message.split('\n')[0];
  }
}

/** kubectl's editHeader reasons: `# <head>:` and `# * <cause>`, a `#` on every continued line. */
function reasonLines(head: string, causes: string[]): string {
  const hash = (s: string) => s.replace(/\n(?=[^#])/g, '\n# ');
  return `# ${hash(head)}${causes.length > 0 ? ':' : ''}\n${causes.map((c) => `# * ${hash(c)}\n`).join('')}#\n`;
}
