// describe for ConfigMaps, Secrets, Namespaces and ServiceAccounts: the short forms kubectl's
// describers print for them.
// Models kubectl pkg/describe/describe.go (describeConfigMap, describeSecret, describeNamespace,
// describeServiceAccount).

import type { ConfigMap, Event, KubeObject, Secret, ServiceAccount } from '../../sim/api/types.ts';
import { describeEvents } from '../printers/describe/describe-events.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from '../printers/describe/multiline.ts';
import { LEVEL_0, tabbedString } from '../printers/describe/prefix-writer.ts';

export function describeGeneric(object: KubeObject, events: readonly Event[], now = 0): string {
  return tabbedString((w) => {
    const m = object.metadata;
    w.write(LEVEL_0, `Name:\t${m.name ?? ''}\n`);
    if (object.kind !== 'Namespace') w.write(LEVEL_0, `Namespace:\t${m.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', m.labels);
    printAnnotationsMultiline(w, 'Annotations', m.annotations);
    switch (object.kind) {
      case 'ConfigMap': {
        const cm = object as ConfigMap;
        w.write(LEVEL_0, '\nData\n====\n');
        for (const key of Object.keys(cm.data ?? {}).sort()) w.write(LEVEL_0, `${key}:\n----\n${cm.data![key]}\n\n`);
        w.write(LEVEL_0, '\nBinaryData\n====\n');
        for (const key of Object.keys((cm as { binaryData?: Record<string, string> }).binaryData ?? {}).sort()) w.write(LEVEL_0, `${key}: ${0} bytes\n`);
        w.write(LEVEL_0, '\n');
        describeEvents(events, w, now);
        return;
      }
      case 'Secret': {
        const secret = object as Secret;
        w.write(LEVEL_0, `\nType:\t${secret.type ?? 'Opaque'}\n\nData\n====\n`);
        for (const key of Object.keys(secret.data ?? {}).sort()) {
          const bytes = atobLength(secret.data![key]);
          w.write(LEVEL_0, `${key}:\t${bytes} bytes\n`);
        }
        return;
      }
      case 'Namespace':
        w.write(LEVEL_0, `Status:\t${(object as { status?: { phase?: string } }).status?.phase ?? ''}\n\nNo resource quota.\n\nNo LimitRange resource.\n`);
        return;
      case 'ServiceAccount': {
        const sa = object as ServiceAccount;
        const pull = (sa as { imagePullSecrets?: { name: string }[] }).imagePullSecrets ?? [];
        w.write(LEVEL_0, `Image pull secrets:\t${pull.length ? pull.map((s) => s.name).join(', ') : '<none>'}\n`);
        w.write(LEVEL_0, `Mountable secrets: \t${(sa.secrets ?? []).map((s) => s.name).join(', ') || '<none>'}\n`);
        w.write(LEVEL_0, `Tokens:            \t<none>\n`);
        describeEvents(events, w, now);
        return;
      }
      default:
        describeEvents(events, w, now);
    }
  });
}

/** Decoded length of a base64 value. */
function atobLength(value: string): number {
  const clean = value.replace(/=+$/, '');
  return Math.floor((clean.length * 3) / 4);
}
