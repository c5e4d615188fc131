import { describe, it, expect } from 'vitest';
import { shellMachine } from '../../support/shell-machine.ts';
import { ALL } from './cases.ts';
import { BUSYBOX } from './busybox-cases.ts';

describe('the sh language, as bash runs it', () => {
  for (const [group, cases] of Object.entries(ALL)) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, async () => {
          const m = shellMachine();
          const got = await m.run(c.script, c.stdin);
          expect(got).toEqual({ stdout: c.want.stdout, stderr: c.want.stderr ?? '', status: c.want.status ?? 0 });
        });
      }
    });
  }
});

describe('the sh language, as busybox ash runs it', () => {
  for (const c of BUSYBOX) {
    it(c.name, async () => {
      const m = shellMachine({ flavour: 'busybox' });
      const got = await m.run(c.script, c.stdin);
      expect(got).toEqual({ stdout: c.want.stdout, stderr: c.want.stderr ?? '', status: c.want.status ?? 0 });
    });
  }
});
