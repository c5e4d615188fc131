import { describe, it, expect } from 'vitest';
import { Pipe } from '../../../src/os/pipe.ts';
import { ROOT } from '../../../src/os/fs/cred.ts';
import { settle, shellMachine } from '../../support/shell-machine.ts';

/** A login shell on a terminal-like pair of pipes; stdout and stderr share the screen. */
function session(extra: Parameters<typeof shellMachine>[0] = {}) {
  const history: string[] = [];
  const m = shellMachine({
    ...extra,
    shell: {
      interactive: true, name: '-bash', aliases: { k: 'echo kubectl' },
      prompt: (p) => `controlplane:${p.cwd === p.home ? '~' : p.cwd}$ `,
      onHistory: (line) => history.push(line),
      ...extra.shell,
    },
  });
  const stdin = new Pipe();
  const screen = new Pipe();
  const proc = m.kernel.spawn(m.shell, {
    argv: ['-bash'], env: { PATH: '/bin', HOME: '/root', USER: 'root' }, cwd: '/root', cred: ROOT, fs: m.fs,
    stdin, stdout: screen, stderr: screen,
  });
  const type = async (line: string) => {
    stdin.write(line);
    for (let i = 0; i < 20; i++) await settle();
    return screen.drain();
  };
  return { m, proc, stdin, screen, type, history };
}

describe('the interactive shell', () => {
  it('prints the prompt, runs a line and prompts again', async () => {
    const s = session();
    expect(await s.type('')).toBe('controlplane:~$ ');
    expect(await s.type('echo hello\n')).toBe('hello\ncontrolplane:~$ ');
    expect(await s.type('cd /tmp\n')).toBe('controlplane:/tmp$ ');
  });

  it('asks for more with > while a construct is open', async () => {
    const s = session();
    await s.type('');
    expect(await s.type('if true; then\n')).toBe('> ');
    expect(await s.type('echo yes\n')).toBe('> ');
    expect(await s.type('fi\n')).toBe('yes\ncontrolplane:~$ ');
  });

  it('keeps reading a heredoc until its delimiter', async () => {
    const s = session();
    await s.type('');
    expect(await s.type("cat <<'EOF' > pod.yaml\n")).toBe('> ');
    expect(await s.type('kind: Pod\n')).toBe('> ');
    expect(await s.type('EOF\n')).toBe('controlplane:~$ ');
    expect(s.m.fs.readFile('/root/pod.yaml')).toBe('kind: Pod\n');
  });

  it('continues an unclosed quote and a trailing pipe', async () => {
    const s = session();
    await s.type('');
    expect(await s.type('echo "a\n')).toBe('> ');
    expect(await s.type('b"\n')).toBe('a\nb\ncontrolplane:~$ ');
    expect(await s.type('echo x |\n')).toBe('> ');
    expect(await s.type('cat\n')).toBe('x\ncontrolplane:~$ ');
  });

  it('expands aliases such as the preset k', async () => {
    const s = session();
    await s.type('');
    expect(await s.type('k get pods\n')).toBe('kubectl get pods\ncontrolplane:~$ ');
    expect(await s.type('alias hi="echo hi there"\n')).toBe('controlplane:~$ ');
    expect(await s.type('hi you\n')).toBe('hi there you\ncontrolplane:~$ ');
  });

  it('reports errors with the -bash prefix and keeps going', async () => {
    const s = session();
    await s.type('');
    expect(await s.type('fi\n')).toBe("-bash: syntax error near unexpected token `fi'\ncontrolplane:~$ ");
    expect(await s.type('kubctl get pods\n')).toBe('-bash: kubctl: command not found\ncontrolplane:~$ ');
    expect(await s.type('echo $?\n')).toBe('127\ncontrolplane:~$ ');
  });

  it('hands each entered command to the history hook', async () => {
    const s = session();
    await s.type('');
    await s.type('echo a\n');
    await s.type('for i in 1\n');
    await s.type('do echo $i; done\n');
    await s.type('\n');
    expect(s.history).toEqual(['echo a', 'for i in 1\ndo echo $i; done']);
  });

  it('announces background jobs and reports them done at the next prompt', async () => {
    const s = session();
    await s.type('');
    const started = await s.type('sleep 1 &\n');
    expect(started).toMatch(/^\[1\] \d+\ncontrolplane:~\$ $/);
    expect(await s.type('jobs\n')).toBe('[1]+  Running                 sleep 1 &\ncontrolplane:~$ ');
    await s.m.clock.runUntil(s.m.clock.now() + 1000, settle);
    expect(await s.type('\n')).toBe('[1]+  Done                    sleep 1\ncontrolplane:~$ ');
    expect(await s.type('jobs\n')).toBe('controlplane:~$ ');
  });

  it('kills a job with kill %1', async () => {
    const s = session();
    await s.type('');
    await s.type('sleep 100 &\n');
    expect(await s.type('kill %1\n')).toBe('controlplane:~$ ');
    expect(await s.type('\n')).toBe('[1]+  Terminated              sleep 100\ncontrolplane:~$ ');
  });

  it('brings a job to the foreground with fg', async () => {
    const s = session();
    await s.type('');
    await s.type('sleep 2 &\n');
    expect(await s.type('fg\n')).toBe('sleep 2\n');
    await s.m.clock.runUntil(s.m.clock.now() + 2000, settle);
    expect(await s.type('')).toBe('controlplane:~$ ');
  });

  it('stops a busy loop on Ctrl-C and returns to the prompt with status 130', async () => {
    const s = session();
    await s.type('');
    expect(await s.type('while true; do :; done\n')).toBe('');
    s.proc.kill('SIGINT');
    expect(await s.type('')).toBe('\ncontrolplane:~$ ');
    expect(await s.type('echo $?\n')).toBe('130\ncontrolplane:~$ ');
  });

  it('gives a fresh prompt on Ctrl-C at the prompt, dropping the unfinished command', async () => {
    const s = session();
    await s.type('');
    expect(await s.type('if true; then\n')).toBe('> ');
    s.proc.kill('SIGINT');
    expect(await s.type('')).toBe('\ncontrolplane:~$ ');
    expect(await s.type('echo ok\n')).toBe('ok\ncontrolplane:~$ ');
  });

  it('leaves background jobs running when Ctrl-C reaches the foreground group', async () => {
    const s = session();
    await s.type('');
    await s.type('sleep 5 &\n');
    s.m.kernel.killGroup(s.proc.pgid, 'SIGINT');
    await s.type('');
    expect(await s.type('jobs\n')).toBe('[1]+  Running                 sleep 5 &\ncontrolplane:~$ ');
  });

  it('interrupts a foreground program on Ctrl-C', async () => {
    const s = session();
    await s.type('');
    await s.type('sleep 100\n');
    s.proc.kill('SIGINT');
    expect(await s.type('')).toBe('\ncontrolplane:~$ ');
    expect(s.m.kernel.processes().length).toBe(1);
  });

  it('does not lose the next typed line to a program killed while reading', async () => {
    const s = session();
    await s.type('');
    await s.type('cat\n');
    expect(await s.type('typed to cat\n')).toBe('typed to cat\n');
    s.proc.kill('SIGINT');
    expect(await s.type('')).toBe('\ncontrolplane:~$ ');
    expect(await s.type('echo next\n')).toBe('next\ncontrolplane:~$ ');
  });

  it('abandons a half-typed read on Ctrl-C without eating the next line', async () => {
    const s = session();
    await s.type('');
    await s.type('read x\n');
    s.proc.kill('SIGINT');
    await s.type('');
    expect(await s.type('echo next\n')).toBe('next\ncontrolplane:~$ ');
  });

  it('runs an INT trap instead of interrupting', async () => {
    const s = session();
    await s.type('');
    await s.type("trap 'echo caught' INT\n");
    s.proc.kill('SIGINT');
    expect(await s.type('')).toBe('caught\n');
  });

  it('says logout when exit ends a login shell, with the given status', async () => {
    const s = session();
    await s.type('');
    expect(await s.type('exit 3\n')).toBe('logout\n');
    expect(await s.proc.wait()).toEqual({ code: 3 });
  });

  it('ends at end of input, saying logout as a login shell does', async () => {
    const s = session({ shell: { name: 'bash' } });
    await s.type('');
    s.stdin.close();
    expect(await s.type('')).toBe('logout\n');
    expect((await s.proc.wait()).code).toBe(0);
  });

  it('speaks busybox in a container', async () => {
    const s = session({ flavour: 'busybox', shell: { name: 'sh', prompt: undefined } });
    expect(await s.type('')).toBe('~ # ');
    expect(await s.type('cd /\n')).toBe('/ # ');
    expect(await s.type('nope\n')).toBe('sh: nope: not found\n/ # ');
    expect(await s.type('cd /nope\n')).toBe("sh: cd: can't cd to /nope: No such file or directory\n/ # ");
  });
});
