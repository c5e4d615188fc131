// kubectl get: tables (with -o wide, -A, -L, --show-labels, --no-headers, --sort-by), the other
// output formats, several types at once, names, selectors, -f files, and -w.
// Models staging/src/k8s.io/kubectl/pkg/cmd/get/get.go (Run, printGeneric, watch).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import type { FlagSpec } from '../cli/flags.ts';
import { getObject, isStatus, listObjects } from '../fetch.ts';
import { objectsFromFiles } from '../manifest/read-files.ts';
import { GET_FORMATS, parseOutputFormat } from '../output/output-format.ts';
import { printObjects, withoutManagedFields } from '../output/print-objects.ts';
import { renderObjects } from '../output/tables.ts';
import { sortObjects } from '../output/sort-by.ts';
import { parseResourceArgs, type ResourceRequest } from '../resource-args.ts';
import { kindPrefix, typeForKind, type ResourceType } from '../resource-types.ts';
import { watchObjects } from './get-watch.ts';

export const OUTPUT_FLAGS: FlagSpec[] = [
  { name: 'output', shorthand: 'o', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
];

export const FILENAME_FLAGS: FlagSpec[] = [
  { name: 'filename', shorthand: 'f', type: 'stringSlice' },
  { name: 'recursive', shorthand: 'R', type: 'bool' },
  { name: 'kustomize', shorthand: 'k', type: 'string' },
];

export const GET_FLAGS: FlagSpec[] = [
  ...OUTPUT_FLAGS, ...FILENAME_FLAGS,
  { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
  { name: 'selector', shorthand: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'show-labels', type: 'bool' },
  { name: 'show-kind', type: 'bool' },
  { name: 'label-columns', shorthand: 'L', type: 'stringSlice' },
  { name: 'no-headers', type: 'bool' },
  { name: 'sort-by', type: 'string' },
  { name: 'watch', shorthand: 'w', type: 'bool' },
  { name: 'watch-only', type: 'bool' },
  { name: 'output-watch-events', type: 'bool' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'chunk-size', type: 'int' },
  { name: 'server-print', type: 'bool' },
  { name: 'raw', type: 'string' },
  { name: 'subresource', type: 'string' },
];

interface Found {
  type: ResourceType;
  objects: KubeObject[];
}

export const getCommand: Command = {
  name: 'get',
  flags: GET_FLAGS,
  async run(inv) {
    const { flags } = inv;
    const files = flags.list('filename');
    if (inv.args.length === 0 && files.length === 0) {
      inv.err('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
      throw usageError(
        inv.commandPath,
        'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
      );
    }
    const watching = flags.bool('watch') || flags.bool('watch-only');
    if (watching && flags.string('sort-by')) inv.err('warning: --watch or --watch-only requested, --sort-by will be ignored\n');
    const output = flags.string('output');
    if (flags.bool('show-labels') && output !== '' && output !== 'wide') throw new CliError(`error: --show-labels option cannot be used with ${output} printer`);
    if (flags.bool('output-watch-events') && !watching) throw usageError(inv.commandPath, '--output-watch-events option can only be used with --watch or --watch-only');
    const format = parseOutputFormat(output, GET_FORMATS, (p) => readText(inv, p), flags.string('template'));
    const allNamespaces = flags.bool('all-namespaces');
    const selectors = { labelSelector: flags.string('selector'), fieldSelector: flags.string('field-selector') };
    const errors: string[] = [];
    let found: Found[];
    let multipleTypes = false;
    let singleItem = false;
    if (files.length > 0) {
      const read = objectsFromFiles(inv, files, flags.bool('recursive'));
      found = [];
      for (const item of read) {
        const type = typeForKind(item.object.kind ?? '', item.object.apiVersion);
        if (!type) continue;
        const got = getObject(inv.cluster.api, type, item.object.metadata?.namespace || inv.namespace, item.object.metadata?.name ?? '');
        if (isStatus(got)) errors.push(statusText(got));
        else addFound(found, type, got);
      }
      multipleTypes = new Set(found.map((f) => f.type)).size > 1;
      singleItem = read.length === 1;
    } else {
      const parsed = parseResourceArgs(inv.args);
      multipleTypes = parsed.multipleTypes;
      singleItem = parsed.singleItem && !selectors.labelSelector && !selectors.fieldSelector;
      found = fetch(inv, parsed.requests, allNamespaces ? undefined : inv.namespace, selectors, errors);
    }
    if (flags.bool('watch') || flags.bool('watch-only')) {
      return watchObjects(inv, found, { format, allNamespaces, selectors, multipleTypes });
    }
    const sortBy = flags.string('sort-by');
    if (sortBy) for (const f of found) f.objects = sortObjects(f.objects, sortBy);
    const all = found.flatMap((f) => f.objects);
    if (format.kind === 'table') {
      const withNamespace = allNamespaces;
      const tables: string[] = [];
      for (const f of found) {
        if (f.objects.length === 0) continue;
        tables.push(renderObjects(f.type, f.objects, inv.ctx.now(), {
          wide: format.wide,
          noHeaders: flags.bool('no-headers'),
          withNamespace,
          withKind: multipleTypes || flags.bool('show-kind') ? kindPrefix(f.type) : undefined,
          labelColumns: flags.list('label-columns'),
          showLabels: flags.bool('show-labels'),
        }));
      }
      inv.out(tables.join('\n'));
      if (all.length === 0 && errors.length === 0 && !flags.bool('ignore-not-found')) {
        const namespaced = found.some((f) => f.type.namespaced) || found.length === 0;
        inv.err(allNamespaces || !namespaced ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
      }
    } else {
      const shown = flags.bool('show-managed-fields') ? all : all.map(withoutManagedFields);
      if (!(singleItem && shown.length === 0)) {
        inv.out(printObjects(shown, format, { asList: !singleItem, noHeaders: flags.bool('no-headers') }));
      }
    }
    const visible = flags.bool('ignore-not-found') ? errors.filter((e) => !e.includes('(NotFound)')) : errors;
    if (visible.length > 0) throw new CliError(visible.join('\n'));
    return 0;
  },
};

function addFound(found: Found[], type: ResourceType, object: KubeObject): void {
  const last = found[found.length - 1];
  if (last && last.type === type) last.objects.push(object);
  else found.push({ type, objects: [object] });
}

function fetch(inv: Invocation, requests: ResourceRequest[], namespace: string | undefined, selectors: { labelSelector: string; fieldSelector: string }, errors: string[]): Found[] {
  const found: Found[] = [];
  for (const req of requests) {
    if (req.name === undefined) {
      const list = listObjects(inv.cluster.api, req.type, namespace, selectors);
      if (isStatus(list)) errors.push(statusText(list));
      else found.push({ type: req.type, objects: list });
      continue;
    }
    const got = getObject(inv.cluster.api, req.type, namespace ?? inv.namespace, req.name);
    if (isStatus(got)) errors.push(statusText(got));
    else addFound(found, req.type, got);
  }
  return found;
}

function readText(inv: Invocation, path: string): string | undefined {
  try {
    return inv.ctx.fs.readFile(inv.ctx.resolve(path), inv.ctx.cred);
  } catch {
    return undefined;
  }
}
