import { describe, expect, it } from 'vitest';
import { Screen } from '../../support/screen.ts';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n';
const HELP_1 = '^G Help      ^O Write Out ^W Where Is  ^K Cut       ^T Execute   ^C Location';
const HELP_2 = '^X Exit      ^R Read File ^\\ Replace   ^U Paste     ^J Justify   ^/ Go To Line';

/** Screen rows without trailing blanks (reverse-video blanks survive xterm's own trimming). */
function rows(s: Screen): string[] {
  return s.lines().map((l) => l.trimEnd());
}

async function openNano(file = 'pod.yaml', content: string | null = POD): Promise<Screen> {
  const s = new Screen();
  if (content !== null) s.machine.fs.writeFile(`/root/${file}`, content);
  await s.type(`nano ${file}\r`);
  return s;
}

describe('nano on the terminal', () => {
  it('shows the title bar, the file, the read message and the two help lines of nano 7.2', async () => {
    const s = await openNano();
    const lines = rows(s);
    expect(lines[0]).toBe('  GNU nano 7.2' + ' '.repeat(24) + 'pod.yaml');
    expect(lines.slice(1, 6)).toEqual(['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '']);
    expect(lines[21]).toBe(' '.repeat(32) + '[ Read 4 lines ]');
    expect(lines[22]).toBe(HELP_1);
    expect(lines[23]).toBe(HELP_2);
    expect(s.cursor()).toEqual({ x: 0, y: 1 });
  });

  it('edits a manifest, marks it Modified, writes it with ^O and exits with ^X', async () => {
    const s = await openNano();
    await s.type('\x1b[B\x1b[B\x1b[B\x1b[B  labels:\r    app: web');
    expect(rows(s)[0]).toBe('  GNU nano 7.2' + ' '.repeat(24) + 'pod.yaml' + ' '.repeat(24) + 'Modified');
    await s.type('\x0f');
    expect(rows(s)[21]).toBe('File Name to Write: pod.yaml');
    expect(rows(s)[22]).toMatch(/^\^G Help\s+M-D DOS Format\s+M-A Append\s+M-B Backup File$/);
    expect(rows(s)[23]).toMatch(/^\^C Cancel\s+M-M Mac Format\s+M-P Prepend\s+\^T Browse$/);
    await s.type('\r');
    expect(rows(s)[21]).toBe(' '.repeat(31) + '[ Wrote 6 lines ]');
    expect(rows(s)[0]).toBe('  GNU nano 7.2' + ' '.repeat(24) + 'pod.yaml');
    expect(s.machine.fs.readFile('/root/pod.yaml')).toBe(`${POD}  labels:\n    app: web\n`);
    await s.type('\x18');
    expect(rows(s)).toEqual(['controlplane:~$ nano pod.yaml', 'controlplane:~$']);
    expect(s.tty.mode).toBe('canonical');
  });

  it('asks "Save modified buffer?" on ^X and saves on Y then Enter', async () => {
    const s = await openNano();
    await s.type('# top\r\x18');
    expect(rows(s)[21]).toBe('Save modified buffer?');
    expect(rows(s)[22]).toBe(' Y Yes');
    expect(rows(s)[23]).toBe(' N No' + ' '.repeat(8) + '^C Cancel');
    await s.type('y');
    expect(rows(s)[21]).toBe('File Name to Write: pod.yaml');
    await s.type('\r');
    expect(s.machine.fs.readFile('/root/pod.yaml')).toBe(`# top\n${POD}`);
    expect(rows(s).at(-1)).toBe('controlplane:~$');
  });

  it('discards changes on ^X then N, and ^C cancels the question', async () => {
    const s = await openNano();
    await s.type('junk\x18\x03');
    expect(rows(s)[21]).toBe(' '.repeat(33) + '[ Cancelled ]');
    await s.type('\x18n');
    expect(s.machine.fs.readFile('/root/pod.yaml')).toBe(POD);
    expect(rows(s).at(-1)).toBe('controlplane:~$');
  });

  it('cuts lines with ^K and pastes them with ^U', async () => {
    const s = await openNano();
    await s.type('\x0b\x0b\x1b[B\x1b[B\x15');
    expect(rows(s).slice(1, 5)).toEqual(['metadata:', '  name: web', 'apiVersion: v1', 'kind: Pod']);
  });

  it('finds text with ^W and says when it is not there', async () => {
    const s = await openNano();
    await s.type('\x17');
    expect(rows(s)[21]).toBe('Search:');
    await s.type('NAME\r');
    expect(s.cursor()).toEqual({ x: 2, y: 4 });
    await s.type('\x17nope\r');
    expect(rows(s)[21]).toContain('[ "nope" not found ]');
  });

  it('opens a new file as [ New File ] and creates it', async () => {
    const s = await openNano('x.yaml', null);
    expect(rows(s)[0]).toBe('  GNU nano 7.2' + ' '.repeat(25) + 'x.yaml');
    expect(rows(s)[21]).toContain('[ New File ]');
    await s.type('kind: Pod\x18y\r');
    expect(s.machine.fs.readFile('/root/x.yaml')).toBe('kind: Pod\n');
  });

  it('shows the help text on ^G and returns on ^X', async () => {
    const s = await openNano();
    await s.type('\x07');
    expect(rows(s)[1]).toBe('Main nano help text');
    await s.type('\x18');
    expect(rows(s)[1]).toBe('apiVersion: v1');
  });

  it('reports a write error on the status bar', async () => {
    const s = await openNano();
    await s.type('\x0f\x0b/nope/pod.yaml\r');
    expect(rows(s)[21]).toContain('[ Error writing /nope/pod.yaml: No such file or directory ]');
  });

  it('redraws for a new window size with help lines that fit it', async () => {
    const s = await openNano();
    s.tty.resize(120, 12);
    s.term.resize(120, 12);
    await s.settle();
    expect(rows(s)[0]).toBe('  GNU nano 7.2' + ' '.repeat(44) + 'pod.yaml');
    expect(rows(s)[10]).toMatch(/^\^G Help\s+\^O Write Out\s+\^W Where Is\s+\^K Cut\s+\^T Execute\s+\^C Location\s+M-U Undo\s+M-A Set Mark$/);
  });

  it('marks a line cut at the right edge with >', async () => {
    const s = await openNano('long.txt', `${'x'.repeat(100)}\nshort\n`);
    expect(rows(s)[1]).toBe(`${'x'.repeat(79)}>`);
    expect(rows(s)[2]).toBe('short');
  });
});
