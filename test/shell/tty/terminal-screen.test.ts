// Screen-level tests: keys go into a Machine terminal, a headless xterm draws what comes back.
import { describe, expect, it } from 'vitest';
import { Screen } from '../../support/screen.ts';

const PROMPT = 'controlplane:~$ ';

describe('a terminal on a fresh machine', () => {
  it('shows the prompt and runs echo', async () => {
    const s = new Screen();
    await s.type('echo hello\r');
    expect(s.lines()).toEqual([`${PROMPT}echo hello`, 'hello', PROMPT]);
  });

  it('edits in the middle of a line with arrows, Home, End and Backspace', async () => {
    const s = new Screen();
    await s.type('eco hi');
    await s.type('\x1b[H\x1b[C\x1b[C');
    await s.type('h');
    await s.type('\x1b[F!\x7f there\r');
    expect(s.lines()).toEqual([`${PROMPT}echo hi there`, 'hi there', PROMPT]);
  });

  it('supports Ctrl-A, Ctrl-E, Ctrl-K, Ctrl-U and Ctrl-W', async () => {
    const s = new Screen();
    await s.type('echo one two three');
    await s.type('\x17'); // Ctrl-W: drop "three"
    await s.type('\x01\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x0b'); // to "echo " then Ctrl-K
    await s.type('X\x05\r'); // Ctrl-E, Enter
    expect(s.lines().slice(0, 2)).toEqual([`${PROMPT}echo X`, 'X']);
    await s.type('junk text\x15echo kept\r');
    expect(s.lines().slice(2, 4)).toEqual([`${PROMPT}echo kept`, 'kept']);
  });

  it('deletes under the cursor with Delete and Ctrl-D, and Ctrl-D on an empty line logs out', async () => {
    const s = new Screen();
    await s.type('echo abc\x1b[D\x1b[D\x1b[3~\x04\r');
    expect(s.lines()[1]).toBe('a');
    let loggedOut = false;
    s.tty.onLogout(() => { loggedOut = true; });
    await s.type('\x04');
    expect(loggedOut).toBe(true);
    expect(s.lines()).toContain(`${PROMPT}logout`);
  });

  it('recalls history with the arrow keys and lists it with history', async () => {
    const s = new Screen();
    await s.type('echo first\r');
    await s.type('echo second\r');
    await s.type('\x1b[A\x1b[A\r');
    expect(s.lines()[5]).toBe('first');
    await s.type('history\r');
    expect(s.lines().slice(7, 11)).toEqual(['    1  echo first', '    2  echo second', '    3  echo first', '    4  history']);
  });

  it('abandons the line on Ctrl-C and shows a fresh prompt', async () => {
    const s = new Screen();
    await s.type('echo never');
    await s.type('\x03');
    expect(s.lines()).toEqual([`${PROMPT}echo never^C`, PROMPT]);
    await s.type('echo after\r');
    expect(s.lines().slice(1, 3)).toEqual([`${PROMPT}echo after`, 'after']);
  });

  it('interrupts a running command with Ctrl-C', async () => {
    const s = new Screen();
    await s.type('sleep 100\r');
    await s.machine.advance(1000);
    expect(s.tty.reading).toBe(false);
    await s.type('\x03');
    expect(s.tty.reading).toBe(true);
    expect(s.lines().slice(-2)).toEqual(['^C', PROMPT]);
  });

  it('clears the screen with Ctrl-L and keeps the line being typed', async () => {
    const s = new Screen();
    await s.type('echo a\r');
    await s.type('echo b');
    await s.type('\x0c');
    expect(s.lines()).toEqual([`${PROMPT}echo b`]);
    await s.type('\r');
    expect(s.lines()).toEqual([`${PROMPT}echo b`, 'b', PROMPT]);
  });

  it('runs every line of a multi-line bracketed paste in order', async () => {
    const s = new Screen();
    await s.type('\x1b[200~echo one\necho two\n\x1b[201~');
    expect(s.lines()).toEqual([`${PROMPT}echo one`, 'one', `${PROMPT}echo two`, 'two', PROMPT]);
  });

  it('wraps a long line and still edits it correctly', async () => {
    const s = new Screen({ cols: 30 });
    const long = 'echo aaaaaaaaaa bbbbbbbbbb cccccccccc';
    await s.type(long);
    expect(s.lines()).toEqual([(PROMPT + long).slice(0, 30), (PROMPT + long).slice(30)]);
    await s.type('\x01\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x17'); // remove "echo " with Ctrl-W
    await s.type('echo X ');
    const edited = `${PROMPT}echo X aaaaaaaaaa bbbbbbbbbb cccccccccc`;
    expect(s.lines()).toEqual([edited.slice(0, 30), edited.slice(30)]);
    await s.type('\r');
    expect(s.lines().slice(2)).toEqual(['X aaaaaaaaaa bbbbbbbbbb cccccc', 'cccc', PROMPT]);
  });

  it('keeps keys typed while a command runs and uses them at the next prompt', async () => {
    const s = new Screen();
    await s.type('sleep 2\r');
    await s.type('echo typed ahead\r');
    await s.machine.advance(2000);
    await s.settle();
    expect(s.lines()).toContain('typed ahead');
  });

  it('says command not found for an unknown program', async () => {
    const s = new Screen();
    await s.type('kubeclt get pods\r');
    expect(s.lines()[1]).toBe('-bash: kubeclt: command not found');
  });
});
