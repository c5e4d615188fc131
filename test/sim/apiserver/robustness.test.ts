import { describe, it, expect } from 'vitest';
import { newServer } from './support.ts';

// Whatever a learner's manifest holds, the API server answers with an object or a Status.
const bodies: unknown[] = [
  null, 42, 'pod', [], {}, { metadata: null }, { metadata: { name: 'a' }, spec: null },
  { metadata: { name: 'a' }, spec: { containers: null } }, { metadata: { name: 'a' }, spec: { containers: [null] } },
  { metadata: { name: 'a' }, spec: { containers: [{}] } }, { metadata: { name: 'a' }, spec: { containers: 'nginx' } },
  { metadata: { name: 'a' }, spec: { containers: [{ name: 'c', image: 'i', ports: [null, {}] }] } },
  { metadata: { name: 'a' }, spec: { containers: [{ name: 'c', image: 'i', resources: { limits: null } }], volumes: [null] } },
  { metadata: { name: 'a', labels: { 'bad key!': 'v' } }, spec: { containers: [{ name: 'c', image: 'i', livenessProbe: {} }] } },
  { metadata: { name: 'a' }, spec: { containers: [{ name: 'c', image: 'i', env: [{ name: 'X', valueFrom: {} }] }], tolerations: [null] } },
];

describe('ApiServer robustness', () => {
  it.each(bodies.map((b) => [JSON.stringify(b), b]))('answers a create of %s without throwing', (_text, body) => {
    const { api } = newServer();
    const result = api.create({ resource: 'pods', body });
    expect(result).toHaveProperty('kind');
    const update = api.update({ resource: 'pods', name: 'a', body });
    expect(update).toHaveProperty('kind');
  });

  it('answers unknown resources with NotFound', () => {
    const { api } = newServer();
    expect(api.get({ resource: 'podz' as 'pods', name: 'x' })).toMatchObject({ kind: 'Status', code: 404 });
  });
});
