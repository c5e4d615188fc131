import { describe, expect, it } from 'vitest';
import { CONTAINER_LOG_MAX_FILES, CONTAINER_LOG_MAX_SIZE, ContainerLog, LOG_BURST } from '../../../src/sim/runtime/container-log.ts';

const LINE = `${'x'.repeat(1000)}\n`;
/** Lines of LINE in one full log file (each costs its text, the newline and the CRI prefix). */
const PER_FILE = Math.ceil(CONTAINER_LOG_MAX_SIZE / (LINE.length + 40));

describe('container log rotation (containerLogMaxSize 10Mi, containerLogMaxFiles 5)', () => {
  it('keeps every line while the log is under 10 MiB', () => {
    const log = new ContainerLog(() => 0);
    const out = log.writer('stdout');
    for (let i = 0; i < PER_FILE - 10; i++) out.write(LINE);
    expect(log.lines.length).toBe(PER_FILE - 10);
    expect(log.rotated).toEqual([]);
  });

  it('rotates the file past 10 MiB: kubectl logs then reads only lines written since', () => {
    const log = new ContainerLog(() => 0);
    const out = log.writer('stdout');
    let written = 0;
    while (log.rotated.length === 0 && written < 2 * PER_FILE) { out.write(LINE); written++; }
    // Rotated as the file passed 10 MiB, not before.
    expect(written).toBe(PER_FILE);
    expect(log.lines.length).toBe(0);
    out.write('after rotation\n');
    expect(log.lines[log.lines.length - 1]!.text).toBe('after rotation');
  });

  it('keeps at most four rotated files beside the current one, however much is written', () => {
    const log = new ContainerLog(() => 0);
    const out = log.writer('stdout');
    for (let i = 0; i < PER_FILE * 8; i++) out.write(LINE);
    expect(log.rotated.length).toBe(CONTAINER_LOG_MAX_FILES - 1);
    expect(log.lines.length).toBeLessThanOrEqual(PER_FILE);
  });
});

describe('container log flow control', () => {
  it('a writer past one burst waits for the next tick of virtual time, then goes on', () => {
    const timers: (() => void)[] = [];
    const log = new ContainerLog(() => 0, (_ms, fire) => { timers.push(fire); });
    const out = log.writer('stdout');
    expect(out.ready?.()).toBeUndefined();
    for (let i = 0; i < LOG_BURST / 1024; i++) out.write(`${'y'.repeat(1023)}\n`);
    const waiting = out.ready?.();
    expect(waiting).toBeInstanceOf(Promise);
    expect(timers.length).toBe(1);
    timers[0]!();
    expect(out.ready?.()).toBeUndefined();
  });
});
