import { describe, expect, it } from 'vitest';
import { DESCRIBE_TABWRITER, TABLE_TABWRITER, Tabwriter, tabwrite } from '../../../src/kubectl/printers/tabwriter.ts';

describe('Go text/tabwriter semantics', () => {
  it('pads every column but the last, which stays unpadded', () => {
    expect(tabwrite('NAME\tAGE\nnginx-long\t5m\n', TABLE_TABWRITER)).toBe('NAME         AGE\nnginx-long   5m\n');
  });

  it('honours minwidth for short columns in the table style', () => {
    expect(tabwrite('A\tB\nx\ty\n', TABLE_TABWRITER)).toBe('A     B\nx     y\n');
  });

  it('ends a column block at a line without a tab', () => {
    const text = 'Name:\tnginx\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tx\n';
    expect(tabwrite(text, DESCRIBE_TABWRITER)).toBe('Name:  nginx\nIPs:\n  IP:           10.0.0.1\nControlled By:  x\n');
  });

  it('keeps trailing padding before an empty last cell', () => {
    expect(tabwrite('Medium:\t\nSizeLimit:\t<unset>\n', DESCRIBE_TABWRITER)).toBe('Medium:     \nSizeLimit:  <unset>\n');
  });

  it('aligns a column only over the consecutive lines that have it', () => {
    const text = 'a\tb\tc\naaaa\tb\nx\tyyyy\tz\n';
    expect(tabwrite(text, DESCRIBE_TABWRITER)).toBe('a     b  c\naaaa  b\nx     yyyy  z\n');
  });

  it('starts fresh columns after an explicit flush', () => {
    const w = new Tabwriter(DESCRIBE_TABWRITER);
    w.write('long key:\tv\n');
    w.flush();
    w.write('k:\tv\n');
    expect(w.toString()).toBe('long key:  v\nk:  v\n');
  });

  it('counts characters, not bytes', () => {
    expect(tabwrite('é\tx\nab\ty\n', DESCRIBE_TABWRITER)).toBe('é   x\nab  y\n');
  });
});
