import { describe, it, expect } from 'vitest';
import { shellMachine } from '../../support/shell-machine.ts';

const report = (real: string) => `\nreal\t${real}\nuser\t0m0.000s\nsys\t0m0.000s\n`;

describe("bash's time keyword", () => {
  it.each([
    ['time sleep 2', '', report('0m2.000s'), 0],
    ['time sleep 75', '', report('1m15.000s'), 0],
    ['time -p sleep 1.5', '', 'real 1.50\nuser 0.00\nsys 0.00\n', 0],
    ['time false; echo $?', '1\n', report('0m0.000s'), 0],
    ['time echo a | cat', 'a\n', report('0m0.000s'), 0],
    ['time sleep 1 2>/dev/null', '', report('0m1.000s'), 0],
    ['time', '', report('0m0.000s'), 0],
  ])('%s', async (script, stdout, stderr, status) => {
    expect(await shellMachine().run(script)).toEqual({ stdout, stderr, status });
  });

  it('is an ordinary word to busybox sh', async () => {
    const r = await shellMachine({ flavour: 'busybox' }).run('time sleep 1');
    expect(r.stderr).toBe('sh: time: not found\n');
  });
});
