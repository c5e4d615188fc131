// kubectl get -w: the current objects, then one row per change until interrupted. Rows keep the
// column widths of the first batch (the table writer remembers widths), growing only when a
// cell is wider.
// Models staging/src/k8s.io/kubectl/pkg/cmd/get/get.go (watch) and cli-runtime's
// tabwriter RememberWidths.

import type { KubeObject } from '../../sim/api/types.ts';
import type { WatchEvent } from '../../sim/apiserver/api-client.ts';
import type { Invocation } from '../cli/command.ts';
import { CliError, statusText } from '../cli/errors.ts';
import { isStatus } from '../fetch.ts';
import type { OutputFormat } from '../output/output-format.ts';
import { printObjects, withoutManagedFields } from '../output/print-objects.ts';
import { objectLines } from '../output/tables.ts';
import { kindPrefix, type ResourceType } from '../resource-types.ts';

export interface WatchOptions {
  format: OutputFormat;
  allNamespaces: boolean;
  selectors: { labelSelector: string; fieldSelector: string };
  multipleTypes: boolean;
}

const PADDING = 3;
const MIN_WIDTH = 6;

/** Aligns lines against widths remembered across batches. */
class RememberingAligner {
  private widths: number[] = [];
  align(text: string): string {
    const rows = text.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
    for (const row of rows) {
      row.slice(0, -1).forEach((cell, i) => {
        this.widths[i] = Math.max(this.widths[i] ?? 0, Math.max([...cell].length + PADDING, MIN_WIDTH));
      });
    }
    return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(this.widths[i]) : cell)).join('') + '\n').join('');
  }
}

export async function watchObjects(inv: Invocation, found: { type: ResourceType; objects: KubeObject[] }[], options: WatchOptions): Promise<number> {
  if (found.length !== 1) throw new CliError('error: watch is only supported on individual resources and resource collections, but 0 resources were found');
  const { type, objects } = found[0];
  if (!type.served) {
    await inv.ctx.sleep(Infinity);
    return 0;
  }
  const aligner = new RememberingAligner();
  let headerPrinted = false;
  const print = (batch: KubeObject[], eventType?: string) => {
    const { format } = options;
    if (format.kind === 'table') {
      const lines = objectLines(type, batch, inv.ctx.now(), {
        wide: format.wide,
        noHeaders: headerPrinted || inv.flags.bool('no-headers'),
        withNamespace: options.allNamespaces,
        withKind: options.multipleTypes ? kindPrefix(type) : undefined,
        labelColumns: inv.flags.list('label-columns'),
        showLabels: inv.flags.bool('show-labels'),
      });
      headerPrinted = true;
      const withEvent = inv.flags.bool('output-watch-events')
        ? lines.split('\n').filter((l) => l).map((l, i) => (i === 0 && !eventType ? `EVENT\t${l}` : `${eventType ?? 'ADDED'}\t${l}`)).join('\n') + '\n'
        : lines;
      inv.out(aligner.align(withEvent));
    } else {
      const shown = inv.flags.bool('show-managed-fields') ? batch : batch.map(withoutManagedFields);
      for (const o of shown) inv.out(printObjects([o], format, { asList: false }) + (format.kind === 'yaml' ? '---\n' : ''));
    }
  };
  const names = new Set(objects.map((o) => `${o.metadata.namespace}/${o.metadata.name}`));
  if (!inv.flags.bool('watch-only') && objects.length > 0) print(objects);
  let skipInitial = true;
  let wake: (() => void) | undefined;
  const queue: WatchEvent[] = [];
  const watch = inv.cluster.api.watch(
    {
      resource: type.served,
      namespace: type.namespaced && !options.allNamespaces ? inv.namespace : undefined,
      options: { labelSelector: options.selectors.labelSelector || undefined, fieldSelector: options.selectors.fieldSelector || undefined },
    },
    (event) => {
      // The watch opens with ADDED for what exists; those rows were printed from the list.
      if (skipInitial && event.type === 'ADDED') return;
      queue.push(event);
      wake?.();
    },
  );
  skipInitial = false;
  if (isStatus(watch)) throw new CliError(statusText(watch));
  const single = inv.args.length > 1 || inv.args[0]?.includes('/') ? names : undefined;
  try {
    for (;;) {
      while (queue.length > 0) {
        const event = queue.shift()!;
        if (single && !single.has(`${event.object.metadata.namespace}/${event.object.metadata.name}`)) continue;
        print([event.object], event.type);
      }
      await inv.ctx.process.block(new Promise<void>((resolve) => (wake = resolve)));
      wake = undefined;
    }
  } finally {
    watch.stop();
  }
}
