import { describe, expect, it } from 'vitest';
import { eventInterval, printKubectlEvents } from '../../../src/kubectl/printers/kubectl-events.ts';
import type { Event } from '../../../src/sim/api/types.ts';
import { fixture, frozenNow, golden } from './golden.ts';

const WITHIN_SECOND = 500; // see describe-pod.test.ts: kubectl's clock was inside the frozen second

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('kubectl events reproduces real kubectl 1.33 output byte for byte', () => {
  it('events-for-memory-demo-2.txt: memory-hog\'s events, renamed for its twin pod a minute later', () => {
    const shift = frozenNow('events-for-memory-demo-2') - Date.parse(fixture('memory-hog').now);
    const events = fixture('memory-hog').events.map((e) => {
      const text = JSON.stringify(e)
        .replace(/memory-hog_default\(6c2af1dd-8b61-5681-96c6-7ab32f393f1b\)/g, 'memory-demo-2_default(6ebbae85-c82e-5ac8-9a5d-1d0e7632067c)')
        .replace(/container(:?) memory-hog/g, 'container$1 memory-demo-2-ctr')
        .replace(/memory-hog/g, 'memory-demo-2')
        .replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z"/g, (_m, t: string, frac?: string) => `"${iso(Date.parse(t + 'Z') + shift).slice(0, 19)}${frac ?? ''}Z"`);
      return JSON.parse(text) as Event;
    });
    const now = frozenNow('events-for-memory-demo-2') + WITHIN_SECOND;
    expect(printKubectlEvents(events, now)).toBe(golden('events-for-memory-demo-2.txt'));
  });

  it('events-warnings.txt: warnings across pods, repeated ones and a series, oldest first', () => {
    const at = frozenNow('events-warnings');
    const ago = (s: number) => iso(at - s * 1000);
    const pullError = golden('events-warnings.txt').split('\n')[1].split('Pod/bad-image       ')[1];
    const old = (pod: string, reason: string, message: string, count: number, first: number, last: number): Event => ({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${pod}.${reason}`, namespace: 'default' },
      involvedObject: { kind: 'Pod', name: pod, namespace: 'default' },
      type: 'Warning',
      reason,
      message,
      count,
      firstTimestamp: ago(first),
      lastTimestamp: ago(last),
      source: { component: 'kubelet' },
    });
    const series = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'event-ages.series', namespace: 'default' },
      involvedObject: { kind: 'Pod', name: 'event-ages', namespace: 'default' },
      type: 'Warning',
      reason: 'Series',
      message: 'new-style series count=4 first 7m ago last observed 30s ago',
      eventTime: iso(at - 420_000).replace('Z', '.123456Z'),
      series: { count: 4, lastObservedTime: iso(at - 30_000).replace('Z', '.654321Z') },
      firstTimestamp: null,
      lastTimestamp: null,
    } as Event;
    const events: Event[] = [
      old('bad-image', 'Failed', pullError, 5, 398, 249),
      old('bad-image', 'Failed', 'Error: ErrImagePull', 5, 398, 249),
      series,
      old('liveness-exec', 'Unhealthy', "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory", 6, 248, 66),
      old('memory-demo-2', 'BackOff', 'Back-off restarting failed container memory-demo-2-ctr in pod memory-demo-2_default(6ebbae85-c82e-5ac8-9a5d-1d0e7632067c)', 9, 175, 12),
      old('memory-hog', 'BackOff', 'Back-off restarting failed container memory-hog in pod memory-hog_default(6c2af1dd-8b61-5681-96c6-7ab32f393f1b)', 9, 175, 12),
      old('memory-demo-3', 'FailedScheduling', '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.', 3, 249, 7),
      old('bad-image', 'Failed', 'Error: ImagePullBackOff', 21, 397, 7),
      old('secure-pod', 'Failed', 'Error: container has runAsNonRoot and image will run as root (pod: "secure-pod_default(2c644385-7828-52a3-835e-fd5d390e41cd)", container: nginx)', 8, 93, 2),
    ];
    expect(printKubectlEvents(events, at + WITHIN_SECOND)).toBe(golden('events-warnings.txt'));
  });

  it('prints a single event by its age and prefixes the namespace with -A', () => {
    const e: Event = { metadata: { name: 'x', namespace: 'kube-system' }, involvedObject: { kind: 'Node', name: 'n1' }, type: 'Normal', reason: 'Starting', message: ' up \n', firstTimestamp: '2026-01-01T00:00:00Z', lastTimestamp: '2026-01-01T00:00:00Z', count: 1 };
    expect(eventInterval(e, Date.parse('2026-01-01T00:00:42Z'))).toBe('42s');
    expect(printKubectlEvents([e], Date.parse('2026-01-01T00:00:42Z'), { allNamespaces: true })).toBe(
      'NAMESPACE     LAST SEEN   TYPE     REASON     OBJECT    MESSAGE\nkube-system   42s         Normal   Starting   Node/n1   up\n',
    );
  });
});
