import { describe, it, expect } from 'vitest';
import { capMask, procStatus } from '../../../src/sim/runtime/proc-status.ts';
import { boundingSet, capabilities, DEFAULT_CAPABILITIES } from '../../../src/sim/runtime/process-spec.ts';

describe('/proc/1/status of a container', () => {
  it.each([
    [DEFAULT_CAPABILITIES, '00000000a80425fb'],
    [[], '0000000000000000'],
    [['NET_BIND_SERVICE'], '0000000000000400'],
    [['CAP_CHOWN', 'SYS_ADMIN'], '0000000000200001'],
    [['ALL'], '000001ffffffffff'],
  ])('prints the capability set %j as %s', (caps, mask) => {
    expect(capMask(caps)).toBe(mask);
  });

  const line = (status: string, key: string) => status.split('\n').find((l) => l.startsWith(`${key}:`));
  const status = (o: { uid: number; noNewPrivs: boolean; seccomp?: boolean; drop?: string[] }) => procStatus({
    name: 'sleep', uid: o.uid, gid: o.uid, groups: [o.uid], effective: capabilities(o.uid, { drop: o.drop }),
    bounding: boundingSet({ drop: o.drop }), noNewPrivs: o.noNewPrivs, seccomp: o.seccomp ?? false,
  });

  it.each([
    [false, 'NoNewPrivs:\t0'],
    [true, 'NoNewPrivs:\t1'],
  ])('shows no_new_privs %s as %j', (noNewPrivs, want) => {
    expect(line(status({ uid: 1000, noNewPrivs }), 'NoNewPrivs')).toBe(want);
  });

  it('gives root the bounding set as effective capabilities and a non-root process none', () => {
    expect(line(status({ uid: 0, noNewPrivs: false }), 'CapEff')).toBe('CapEff:\t00000000a80425fb');
    expect(line(status({ uid: 1000, noNewPrivs: false }), 'CapEff')).toBe('CapEff:\t0000000000000000');
    expect(line(status({ uid: 1000, noNewPrivs: false }), 'CapBnd')).toBe('CapBnd:\t00000000a80425fb');
    expect(line(status({ uid: 0, noNewPrivs: false, drop: ['ALL'] }), 'CapBnd')).toBe('CapBnd:\t0000000000000000');
  });

  it('shows a RuntimeDefault seccomp profile as filter mode 2', () => {
    expect(line(status({ uid: 0, noNewPrivs: false, seccomp: true }), 'Seccomp')).toBe('Seccomp:\t2');
    expect(line(status({ uid: 0, noNewPrivs: false }), 'Seccomp')).toBe('Seccomp:\t0');
  });

  it('prints the ids four times (real, effective, saved, filesystem)', () => {
    expect(line(status({ uid: 1000, noNewPrivs: false }), 'Uid')).toBe('Uid:\t1000\t1000\t1000\t1000');
  });
});
