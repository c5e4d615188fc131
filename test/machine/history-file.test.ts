import { describe, it, expect } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { runScript } from '../../src/machine/script-runner.ts';

const host = { settle: () => new Promise<void>((resolve) => setImmediate(resolve)) };

async function typed(machine: Machine, lines: string[]): Promise<string> {
  let out = '';
  await runScript(machine, lines.join('\n') + '\n', (t) => { out += t; });
  return out;
}

describe('the learner\'s ~/.bash_history', () => {
  it('gets each command as it runs, and a new terminal starts from it', async () => {
    const m = new Machine({ host });
    await m.ready;
    const out = await typed(m, ['echo one', 'kubectl get pods', 'cat ~/.bash_history']);
    expect(out).toContain('echo one\nkubectl get pods\ncat ~/.bash_history\n');
    expect(m.openTerminal().history.list()).toEqual(['echo one', 'kubectl get pods', 'cat ~/.bash_history']);
  });

  it('is read when a shell starts, so an edited file is what the next terminal recalls', async () => {
    const m = new Machine({ host });
    await m.ready;
    await typed(m, ['echo secret-token', "printf 'ls\\n' > ~/.bash_history"]);
    expect(m.openTerminal().history.list()).toEqual(['ls']);
  });

  it('keeps the newest 500 commands, like HISTFILESIZE', async () => {
    const m = new Machine({ host });
    await m.ready;
    await typed(m, Array.from({ length: 505 }, (_, i) => `: ${i}`));
    const lines = m.fs.readFile('/root/.bash_history').trimEnd().split('\n');
    expect(lines).toHaveLength(500);
    expect([lines[0], lines.at(-1)]).toEqual([': 5', ': 504']);
  });
});
