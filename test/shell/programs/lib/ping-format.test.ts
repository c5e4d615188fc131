import { describe, expect, it } from 'vitest';
import {
  busyboxReply, busyboxStatistics, iputilsHeader, iputilsReply, iputilsStatistics, iputilsTime, roundTrip,
} from '../../../../src/shell/programs/lib/ping-format.ts';

describe('ping output formats', () => {
  it.each([
    [81, '0.081'],
    [999, '0.999'],
    [1234, '1.23'],
    [12345, '12.3'],
    [123456, '123'],
  ])('iputils prints a %i µs round trip as time=%s', (us, text) => {
    expect(iputilsTime(us)).toBe(text);
  });

  it('prints busybox reply lines with seq from 0 and three decimals', () => {
    expect(busyboxReply('10.244.1.3', 56, 0, 64, 81)).toBe('64 bytes from 10.244.1.3: seq=0 ttl=64 time=0.081 ms\n');
    expect(busyboxReply('10.244.1.3', 56, 7, 62, 1502)).toBe('64 bytes from 10.244.1.3: seq=7 ttl=62 time=1.502 ms\n');
  });

  it('prints iputils lines with icmp_seq from 1 and the name beside the address when one was typed', () => {
    expect(iputilsHeader('node01', '172.30.2.2', 56)).toBe('PING node01 (172.30.2.2) 56(84) bytes of data.\n');
    expect(iputilsReply('node01', '172.30.2.2', 56, 1, 64, 450)).toBe('64 bytes from node01 (172.30.2.2): icmp_seq=1 ttl=64 time=0.450 ms\n');
    expect(iputilsReply('10.244.1.3', '10.244.1.3', 56, 2, 63, 81)).toBe('64 bytes from 10.244.1.3: icmp_seq=2 ttl=63 time=0.081 ms\n');
  });

  it('ends busybox runs with the totals and min/avg/max, or only the totals when nothing came back', () => {
    expect(busyboxStatistics({ host: 'web', transmitted: 2, rtts: [81, 90], elapsedMs: 1000 })).toBe(
      '\n--- web ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.081/0.085/0.090 ms\n');
    expect(busyboxStatistics({ host: '10.244.9.9', transmitted: 3, rtts: [], elapsedMs: 2000 })).toBe(
      '\n--- 10.244.9.9 ping statistics ---\n3 packets transmitted, 0 packets received, 100% packet loss\n');
  });

  it('ends iputils runs with %g loss, the time and mdev', () => {
    expect(iputilsStatistics({ host: '10.244.1.3', transmitted: 2, rtts: [652, 818], elapsedMs: 1001 })).toBe(
      '\n--- 10.244.1.3 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 1001ms\nrtt min/avg/max/mdev = 0.652/0.735/0.818/0.083 ms\n');
    expect(iputilsStatistics({ host: 'x', transmitted: 3, rtts: [100], elapsedMs: 2002 })).toContain('3 packets transmitted, 1 received, 66.6667% packet loss, time 2002ms\n');
  });

  it('gives the same round trip for the same packet and longer ones across nodes', () => {
    expect(roundTrip('node', 'a>b#0@1')).toBe(roundTrip('node', 'a>b#0@1'));
    for (const key of ['a', 'b', 'c', 'd']) {
      expect(roundTrip('local', key)).toBeLessThan(roundTrip('cluster', key));
      expect(roundTrip('node', key)).toBeLessThan(200);
    }
  });
});
