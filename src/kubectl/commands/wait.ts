// kubectl wait --for=condition=Ready|delete|jsonpath='{…}'=value on named or selected objects,
// each printed as `pod/x condition met` once true, or a timeout error.
// Models staging/src/k8s.io/kubectl/pkg/cmd/wait (wait.go, condition.go, delete.go, json.go).

import type { KubeObject } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText, usageError } from '../cli/errors.ts';
import { durationFlagError, parseGoDuration } from '../duration-flag.ts';
import { getObject, isStatus, listObjects } from '../fetch.ts';
import { findResults } from '../printers/jsonpath.ts';
import { printName } from '../printers/name.ts';
import { parseResourceArgs } from '../resource-args.ts';
import type { ResourceType } from '../resource-types.ts';
import { waitForDeletion } from './wait-delete.ts';

type Predicate = (object: KubeObject) => boolean;

export function parseFor(spec: string): { kind: 'delete' } | { kind: 'create' } | { kind: 'predicate'; test: Predicate } {
  if (spec === 'delete') return { kind: 'delete' };
  if (spec === 'create') return { kind: 'create' };
  if (spec.startsWith('condition=')) {
    const body = spec.slice('condition='.length);
    const eq = body.indexOf('=');
    const type = (eq >= 0 ? body.slice(0, eq) : body).toLowerCase();
    const want = eq >= 0 ? body.slice(eq + 1) : 'True';
    return {
      kind: 'predicate',
      test: (o) => ((o as { status?: { conditions?: { type: string; status: string }[] } }).status?.conditions ?? [])
        .some((c) => c.type.toLowerCase() === type && c.status.toLowerCase() === want.toLowerCase()),
    };
  }
  if (spec.startsWith('jsonpath=')) {
    const body = spec.slice('jsonpath='.length);
    const m = /^(\{.*\}|[^=]+)(?:=(.*))?$/.exec(body);
    if (!m) throw new CliError(`error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'`);
    const path = m[1].startsWith('{') ? m[1] : `{${m[1].startsWith('.') ? '' : '.'}${m[1]}}`;
    const want = m[2];
    return {
      kind: 'predicate',
      test: (o) => {
        let values: unknown[];
        try {
          values = findResults(path, o).flat();
        } catch {
          return false;
        }
        if (values.length === 0) return false;
        if (want === undefined) return true;
        return values.length === 1 && String(values[0]) === want;
      },
    };
  }
  throw new CliError(`error: unrecognized condition: "${spec}"`);
}

export const waitCommand: Command = {
  name: 'wait',
  flags: [
    { name: 'for', type: 'string' },
    { name: 'timeout', type: 'string' },
    { name: 'selector', shorthand: 'l', type: 'string' },
    { name: 'field-selector', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice' },
    { name: 'recursive', shorthand: 'R', type: 'bool' },
    { name: 'local', type: 'bool' },
    { name: 'output', shorthand: 'o', type: 'string' },
  ],
  async run(inv) {
    const spec = inv.flags.string('for');
    if (!spec) throw new CliError('error: --for must be specified');
    const condition = parseFor(spec);
    const timeoutText = inv.flags.string('timeout', '30s');
    const timeout = parseGoDuration(timeoutText);
    if (timeout === undefined) throw new CliError(durationFlagError('timeout', timeoutText));
    if (inv.args.length === 0) throw usageError(inv.commandPath, 'resource(s) were provided, but no name was specified');
    const targets = collect(inv, condition.kind === 'delete');
    if (condition.kind === 'delete') {
      if (targets.length === 0) return 0;
      const error = await waitForDeletion(inv, targets, timeout < 0 ? 7 * 24 * 3600_000 : timeout);
      if (error) throw new CliError(error.replace(/on (\w+)\//, (_m, r: string) => `on ${r}/`));
      for (const t of targets) inv.out(printName(t.object, 'condition met'));
      return 0;
    }
    if (targets.length === 0) throw new CliError('error: no matching resources found');
    for (const t of targets) {
      const met = condition.kind === 'create' ? t.object : await waitFor(inv, t.type, t.object, condition.test, timeout);
      if (!met) throw new CliError(`error: timed out waiting for the condition on ${t.type.name}/${t.object.metadata.name}`);
      inv.out(printName(met, 'condition met'));
    }
    return 0;
  },
};

function collect(inv: Invocation, forDelete: boolean): { type: ResourceType; object: KubeObject }[] {
  const parsed = parseResourceArgs(inv.args);
  const out: { type: ResourceType; object: KubeObject }[] = [];
  for (const req of parsed.requests) {
    if (req.name === undefined) {
      if (!inv.flags.string('selector') && !inv.flags.bool('all') && !inv.flags.string('field-selector')) {
        throw new CliError('error: resource(s) were provided, but no name was specified');
      }
      const list = listObjects(inv.cluster.api, req.type, inv.flags.bool('all-namespaces') ? undefined : inv.namespace, {
        labelSelector: inv.flags.string('selector'), fieldSelector: inv.flags.string('field-selector'),
      });
      if (isStatus(list)) throw new CliError(statusText(list));
      out.push(...list.map((object) => ({ type: req.type, object })));
      continue;
    }
    const got = getObject(inv.cluster.api, req.type, inv.namespace, req.name);
    if (isStatus(got)) {
      if (forDelete && got.reason === 'NotFound') continue;
      throw new CliError(statusText(got));
    }
    out.push({ type: req.type, object: got });
  }
  return out;
}

async function waitFor(inv: Invocation, type: ResourceType, object: KubeObject, test: Predicate, timeoutMs: number): Promise<KubeObject | undefined> {
  if (test(object)) return object;
  const deadline = inv.ctx.now() + (timeoutMs < 0 ? 7 * 24 * 3600_000 : timeoutMs);
  let latest: KubeObject | undefined = object;
  let wake: (() => void) | undefined;
  const watch = inv.cluster.api.watch({ resource: type.served!, namespace: type.namespaced ? object.metadata.namespace : undefined, options: { fieldSelector: `metadata.name=${object.metadata.name}` } }, (e) => {
    latest = e.type === 'DELETED' ? undefined : e.object;
    wake?.();
  });
  try {
    while (inv.ctx.now() < deadline) {
      if (latest && test(latest)) return latest;
      const event = new Promise<void>((resolve) => (wake = resolve));
      const tick = inv.ctx.sleep(Math.min(1000, deadline - inv.ctx.now()));
      tick.catch(() => undefined);
      await Promise.race([event, tick]);
    }
    return latest && test(latest) ? latest : undefined;
  } finally {
    if (!isStatus(watch)) watch.stop();
  }
}
