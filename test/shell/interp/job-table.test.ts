import { describe, it, expect } from 'vitest';
import { JobTable } from '../../../src/shell/interp/jobs.ts';

const settle = () => new Promise<void>((r) => setImmediate(r));
const child = (pid: number, code: number | undefined) => ({
  pid,
  kill: () => true,
  wait: () => (code === undefined ? new Promise<{ code: number }>(() => {}) : Promise.resolve({ code })),
});

describe('the shell\'s job table', () => {
  it('keeps at most 128 finished jobs when a loop starts jobs and never reaches a prompt', async () => {
    const table = new JobTable();
    const running = table.add(child(1, undefined), 'sleep 3600');
    for (let pid = 2; pid < 1000; pid++) {
      table.add(child(pid, 0), 'true');
      await settle();
    }
    const jobs = table.list();
    expect(jobs.filter((j) => j.status !== undefined).length).toBeLessThanOrEqual(128);
    // A job still running is never dropped, and the newest finished ones stay for `wait $!`.
    expect(jobs).toContain(running);
    expect(table.byPid(999)?.status).toBe(0);
  });
});
