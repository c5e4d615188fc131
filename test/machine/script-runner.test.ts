import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/machine/machine.ts';
import { runScript } from '../../src/machine/script-runner.ts';
import { nodeSettle } from '../support/screen.ts';

async function transcript(script: string, machine = new Machine({ host: { settle: nodeSettle } })) {
  let out = '';
  await runScript(machine, script, (t) => { out += t; });
  return { out, machine };
}

describe('runScript', () => {
  it('prints each line after "$ " followed by what it printed, without prompts or echo', async () => {
    const { out } = await transcript('echo hi\necho there\n');
    expect(out).toBe('$ echo hi\nhi\n$ echo there\nthere\n');
  });

  it('puts error output in order with the rest', async () => {
    const { out } = await transcript('echo a\nnope\necho b');
    expect(out).toBe('$ echo a\na\n$ nope\n-bash: nope: command not found\n$ echo b\nb\n');
  });

  it('jumps virtual time through sleep at once', async () => {
    const { machine } = await transcript('sleep 90\nsleep 30\n');
    const fresh = new Machine({ host: { settle: nodeSettle } });
    await fresh.ready;
    const start = fresh.clock.now();
    expect(machine.clock.now() - start).toBe(120_000);
  });

  it('keeps the lines of a heredoc with their command', async () => {
    const { out } = await transcript("read -r a <<'EOF'\nfirst line\nEOF\necho \"got $a\"\n");
    expect(out).toBe("$ read -r a <<'EOF'\nfirst line\nEOF\n$ echo \"got $a\"\ngot first line\n");
  });

  it('gives the same transcript for the same seed and script', async () => {
    const a = await transcript('echo x\nsleep 1\nhistory');
    const b = await transcript('echo x\nsleep 1\nhistory');
    expect(a.out).toBe(b.out);
  });
});
