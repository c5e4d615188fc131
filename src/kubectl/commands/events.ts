// kubectl events: the namespace's events oldest first in kubectl's own table, narrowed by
// --for TYPE/NAME and --types, or streamed with -w.
// Models staging/src/k8s.io/kubectl/pkg/cmd/events/events.go.

import type { Event } from '../../sim/api/types.ts';
import type { Command, Invocation } from '../cli/command.ts';
import { CliError, statusText } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import { parseOutputFormat, WRITE_FORMATS } from '../output/output-format.ts';
import { printObjects } from '../output/print-objects.ts';
import { printKubectlEvents } from '../printers/kubectl-events.ts';
import { resolveType } from '../resource-args.ts';

export const eventsCommand: Command = {
  name: 'events',
  flags: [
    { name: 'for', type: 'string' },
    { name: 'types', type: 'stringSlice' },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool' },
    { name: 'watch', shorthand: 'w', type: 'bool' },
    { name: 'no-headers', type: 'bool' },
    { name: 'output', shorthand: 'o', type: 'string' },
    { name: 'chunk-size', type: 'int' },
    { name: 'template', type: 'string' },
    { name: 'allow-missing-template-keys', type: 'bool' },
    { name: 'show-managed-fields', type: 'bool' },
  ],
  async run(inv) {
    const { flags } = inv;
    if (inv.args.length > 0) throw new CliError(`error: unknown command "${inv.args[0]}" for "kubectl events"`);
    const types: string[] = flags.list('types').map((t) => {
      const lower = t.toLowerCase();
      if (lower !== 'normal' && lower !== 'warning') throw new CliError(`error: valid --types are Normal or Warning`);
      return lower === 'normal' ? 'Normal' : 'Warning';
    });
    const fields: string[] = [];
    const target = flags.string('for');
    if (target) {
      const slash = target.indexOf('/');
      if (slash < 0) throw new CliError(`error: --for must be in resource/name form`);
      const type = resolveType(target.slice(0, slash));
      fields.push(`involvedObject.kind=${type.kind}`, `involvedObject.name=${target.slice(slash + 1)}`);
    }
    const allNamespaces = flags.bool('all-namespaces');
    const format = parseOutputFormat(flags.string('output'), WRITE_FORMATS, () => undefined, flags.string('template'));
    const select = (e: Event) => types.length === 0 || types.includes(e.type ?? '');
    const list = inv.cluster.api.list<Event>({
      resource: 'events', namespace: allNamespaces ? undefined : inv.namespace, options: { fieldSelector: fields.join(',') || undefined },
    });
    if (isStatus(list)) throw new CliError(statusText(list));
    const events = list.items.filter(select);
    if (format.kind !== 'table') {
      inv.out(printObjects(events, format, { asList: true }));
      return 0;
    }
    if (events.length === 0 && !flags.bool('watch')) {
      inv.err(allNamespaces ? 'No events found.\n' : `No events found in ${inv.namespace} namespace.\n`);
      return 0;
    }
    const options = { allNamespaces, noHeaders: flags.bool('no-headers') };
    inv.out(printKubectlEvents(events, inv.ctx.now(), options));
    if (!flags.bool('watch')) return 0;
    return watchEvents(inv, allNamespaces, fields.join(','), select, events.length > 0);
  },
};

async function watchEvents(inv: Invocation, allNamespaces: boolean, fieldSelector: string, select: (e: Event) => boolean, headerShown: boolean): Promise<number> {
  let initial = true;
  let wake: (() => void) | undefined;
  const queue: Event[] = [];
  const watch = inv.cluster.api.watch<Event>({ resource: 'events', namespace: allNamespaces ? undefined : inv.namespace, options: { fieldSelector: fieldSelector || undefined } }, (e) => {
    if (initial || e.type === 'DELETED' || !select(e.object)) return;
    queue.push(e.object);
    wake?.();
  });
  initial = false;
  if (isStatus(watch)) throw new CliError(statusText(watch));
  let noHeaders = headerShown || inv.flags.bool('no-headers');
  try {
    for (;;) {
      while (queue.length > 0) {
        inv.out(printKubectlEvents([queue.shift()!], inv.ctx.now(), { allNamespaces, noHeaders }));
        noHeaders = true;
      }
      await inv.ctx.process.block(new Promise<void>((resolve) => (wake = resolve)));
    }
  } finally {
    watch.stop();
  }
}
