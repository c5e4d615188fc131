import { describe, expect, it } from 'vitest';
import { renderTable } from '../../../src/kubectl/printers/render-table.ts';
import { hasTableHandler, tableFor } from '../../../src/kubectl/printers/table-handlers.ts';
import type { ConfigMap, Secret, ServiceAccount } from '../../../src/sim/api/types.ts';
import { frozenNow, golden } from './golden.ts';
import { sampleNamespaces, samplePods } from './sample-cluster.ts';

const NOW = Date.parse('2026-11-22T03:00:00Z');
const created = new Date(NOW - 90_000).toISOString();

describe('get tables by kind', () => {
  it('prints pods and namespaces with their own columns', () => {
    const now = frozenNow('get-pods');
    expect(renderTable(tableFor('Pod', samplePods(now), now))).toBe(golden('get-pods.txt'));
    const nsNow = frozenNow('get-namespaces');
    expect(renderTable(tableFor('Namespace', sampleNamespaces(nsNow), nsNow))).toBe(golden('get-namespaces.txt'));
  });

  it('prints configmaps, secrets and serviceaccounts with their counts', () => {
    const cm: ConfigMap = { kind: 'ConfigMap', metadata: { name: 'app-cfg', creationTimestamp: created }, data: { a: '1', b: 'two' } };
    const secret: Secret = { kind: 'Secret', metadata: { name: 'db', creationTimestamp: created }, type: 'Opaque', data: { password: 'cw==' } };
    const sa: ServiceAccount = { kind: 'ServiceAccount', metadata: { name: 'default', creationTimestamp: created } };
    expect(renderTable(tableFor('ConfigMap', [cm], NOW))).toBe('NAME      DATA   AGE\napp-cfg   2      90s\n');
    expect(renderTable(tableFor('Secret', [secret], NOW))).toBe('NAME   TYPE     DATA   AGE\ndb     Opaque   1      90s\n');
    expect(renderTable(tableFor('ServiceAccount', [sa], NOW))).toBe('NAME      SECRETS   AGE\ndefault   0         90s\n');
  });

  it('falls back to NAME and AGE for kinds without a printer', () => {
    expect(hasTableHandler('Widget')).toBe(false);
    expect(renderTable(tableFor('Widget', [{ metadata: { name: 'w', creationTimestamp: created } }], NOW))).toBe('NAME   AGE\nw      90s\n');
  });
});
