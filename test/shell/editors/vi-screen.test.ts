import { describe, expect, it } from 'vitest';
import { Screen } from '../../support/screen.ts';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n';

async function openVi(file = 'pod.yaml', content: string | null = POD, options: { cols?: number; rows?: number } = {}): Promise<Screen> {
  const s = new Screen(options);
  if (content !== null) s.machine.fs.writeFile(`/root/${file}`, content);
  await s.type(`vi ${file}\r`);
  return s;
}

describe('vi on the terminal', () => {
  it('shows the file, ~ after its end and the file message with the ruler', async () => {
    const s = await openVi();
    const lines = s.lines();
    expect(lines.slice(0, 5)).toEqual(['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '~']);
    expect(lines.filter((l) => l === '~')).toHaveLength(19);
    expect(lines[23]).toBe('"pod.yaml" 4L, 47B' + ' '.repeat(44) + '1,1           All');
    expect(s.cursor()).toEqual({ x: 0, y: 0 });
  });

  it('edits a manifest: insert lines with autoindent, :wq writes it and the prompt comes back', async () => {
    const s = await openVi();
    await s.type('Go');
    expect(s.lines()[23]).toMatch(/^-- INSERT --\s+5,3\s+All$/);
    await s.type('labels:\r  app: web\x1b');
    expect(s.lines().slice(3, 6)).toEqual(['  name: web', '  labels:', '    app: web']);
    await s.type(':wq');
    expect(s.lines()[23]).toBe(':wq');
    await s.type('\r');
    expect(s.machine.fs.readFile('/root/pod.yaml')).toBe(`${POD}  labels:\n    app: web\n`);
    expect(s.lines()).toEqual(['controlplane:~$ vi pod.yaml', 'controlplane:~$ ']);
    expect(s.tty.mode).toBe('canonical');
  });

  it('says "written" with the new size after :w and stays open', async () => {
    const s = await openVi();
    await s.type('ddjp:w\r');
    expect(s.lines().slice(0, 4)).toEqual(['kind: Pod', 'metadata:', 'apiVersion: v1', '  name: web']);
    expect(s.lines()[23]).toMatch(/^"pod\.yaml" 4L, 47B written\s+3,1\s+All$/);
    expect(s.machine.fs.readFile('/root/pod.yaml')).toBe('kind: Pod\nmetadata:\napiVersion: v1\n  name: web\n');
  });

  it('refuses :q with unsaved changes and leaves the file alone with :q!', async () => {
    const s = await openVi();
    await s.type('dd:q\r');
    expect(s.lines()[23]).toMatch(/^E37: No write since last change \(add ! to override\)\s+1,1\s+All$/);
    await s.type(':q!\r');
    expect(s.machine.fs.readFile('/root/pod.yaml')).toBe(POD);
    expect(s.lines().at(-1)).toBe('controlplane:~$ ');
  });

  it('opens a new file as [New] and creates it on ZZ', async () => {
    const s = await openVi('x.yaml', null);
    expect(s.lines()[0]).toBe('');
    expect(s.lines()[1]).toBe('~');
    expect(s.lines()[23]).toMatch(/^"x\.yaml" \[New\]\s+0,0-1\s+All$/);
    await s.type('ikind: Pod\x1bZZ');
    expect(s.machine.fs.readFile('/root/x.yaml')).toBe('kind: Pod\n');
  });

  it('keeps a bracketed paste exactly as pasted', async () => {
    const s = await openVi();
    await s.type('Go\x1b');
    await s.type('\x1b[200~spec:\r  containers:\r  - name: web\r    image: nginx\x1b[201~\x1b:x\r');
    expect(s.machine.fs.readFile('/root/pod.yaml')).toBe(`${POD}spec:\n  containers:\n  - name: web\n    image: nginx\n`);
  });

  it('numbers lines with :set nu and stops with :set nonu', async () => {
    const s = await openVi();
    await s.type(':set nu\r');
    expect(s.lines().slice(0, 2)).toEqual(['  1 apiVersion: v1', '  2 kind: Pod']);
    expect(s.cursor()).toEqual({ x: 4, y: 0 });
    await s.type(':set nonu\r');
    expect(s.lines()[0]).toBe('apiVersion: v1');
  });

  it('shows -- INSERT (paste) -- with :set paste', async () => {
    const s = await openVi();
    await s.type(':set paste\ri');
    expect(s.lines()[23]).toMatch(/^-- INSERT \(paste\) --/);
  });

  it('answers Ctrl-C with how to quit', async () => {
    const s = await openVi();
    await s.type('\x03');
    expect(s.lines()[23]).toBe('Type  :qa!  and press <Enter> to abandon all changes and exit Vim');
  });

  it('reports E212 when the file cannot be written', async () => {
    const s = await openVi();
    await s.type(':w /nope/pod.yaml\r');
    expect(s.lines()[23]).toMatch(/^"\/nope\/pod\.yaml" E212: Can't open file for writing/);
  });

  it('searches with / and moves with n', async () => {
    const s = await openVi();
    await s.type('/name\r');
    expect(s.cursor()).toEqual({ x: 2, y: 3 });
    expect(s.lines()[23]).toMatch(/^\/name\s+4,3\s+All$/);
  });

  it('redraws for the new size when the window is resized', async () => {
    const s = await openVi('pod.yaml', POD, { cols: 80, rows: 24 });
    s.tty.resize(60, 10);
    s.term.resize(60, 10);
    await s.settle();
    const lines = s.lines();
    expect(lines).toHaveLength(10);
    expect(lines[9]).toMatch(/^"pod\.yaml" 4L, 47B\s+1,1\s+All$/);
    expect(lines[9].indexOf('1,1')).toBe(42);
  });

  it('scrolls a long file to keep the cursor on screen', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `line${i + 1}`).join('\n') + '\n';
    const s = await openVi('long.txt', long);
    await s.type('40G');
    expect(s.lines()).toContain('line40');
    expect(s.lines()[23]).toMatch(/40,1\s+\d+%$/);
    await s.type('G');
    expect(s.lines()[22]).toBe('line60');
    expect(s.lines()[23]).toMatch(/60,1\s+Bot$/);
  });

  it('shows the vim splash without a file, and :wq there asks for a name', async () => {
    const s = new Screen();
    await s.type('vi\r');
    expect(s.lines()).toContain(`~${' '.repeat(30)}VIM - Vi IMproved`);
    expect(s.text()).toContain('type  :q<Enter>               to exit');
    await s.type(':wq\r');
    expect(s.lines()[23]).toMatch(/^E32: No file name/);
    await s.type(':q\r');
    expect(s.lines().at(-1)).toBe('controlplane:~$ ');
  });

  it('shows -- VISUAL LINE -- and highlights the selected lines', async () => {
    const s = await openVi();
    await s.type('jVj');
    expect(s.lines()[23]).toMatch(/^-- VISUAL LINE --\s+3,1\s+All$/);
    const buf = s.term.buffer.active;
    const inverse = (row: number, col: number) => buf.getLine(row)!.getCell(col)!.isInverse() !== 0;
    expect([inverse(0, 0), inverse(1, 0), inverse(2, 3), inverse(3, 0)]).toEqual([false, true, true, false]);
    await s.type('>');
    // YAML files get vim's yaml filetype settings: two-space shifts.
    expect(s.lines().slice(1, 3)).toEqual(['  kind: Pod', '  metadata:']);
  });

  it('indents YAML with two spaces on Tab and shows tabs with :set list', async () => {
    const s = await openVi();
    await s.type('Go\x1b0D');
    await s.type('i\tx: 1\x1b:set list\r');
    expect(s.lines()[4]).toBe('  x: 1$');
    s.machine.fs.writeFile('/root/tabs.txt', 'a\tb\n');
    await s.type(':q!\r');
    await s.type('vi tabs.txt\r');
    await s.type(':set list\r');
    expect(s.lines()[0]).toBe('a^Ib$');
    await s.type(':cq\r');
    await s.type('echo $?\r');
    expect(s.lines().at(-2)).toBe('1');
  });

  it('takes a long paste typed as keys in one go with :set paste', async () => {
    const s = await openVi('big.yaml', null);
    await s.type(':set paste\r');
    const lines = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i % 4)}key${i}: ${i}`);
    await s.type(`i${lines.join('\r')}\x1b`);
    await s.type(':wq\r');
    // Thousands of keys take the editor more than one turn of the machine.
    for (let i = 0; i < 100 && s.tty.mode === 'raw'; i++) await s.settle();
    expect(s.machine.fs.readFile('/root/big.yaml')).toBe(`${lines.join('\n')}\n`);
  });
});
