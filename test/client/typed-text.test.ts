import { describe, expect, it } from 'vitest';
import { asKeystrokes, saveFileScript } from '../../src/client/typed-text.ts';

describe('saveFileScript', () => {
  it('saves into the home folder through a quoted heredoc', () => {
    expect(saveFileScript('pod.yaml', 'kind: Pod\n')).toBe("cat <<'EOF' > ~/pod.yaml\nkind: Pod\nEOF\n");
  });

  it('ends the last line of a file that lacks a newline', () => {
    expect(saveFileScript('a.txt', 'x')).toBe("cat <<'EOF' > ~/a.txt\nx\nEOF\n");
  });

  it('picks another delimiter when the file has a line EOF', () => {
    expect(saveFileScript('a.txt', 'EOF\nEOF1\n')).toBe("cat <<'EOF2' > ~/a.txt\nEOF\nEOF1\nEOF2\n");
  });

  it('keeps absolute paths as given', () => {
    expect(saveFileScript('/tmp/x', 'y\n')).toBe("cat <<'EOF' > /tmp/x\ny\nEOF\n");
  });
});

describe('asKeystrokes', () => {
  it('presses Enter after every line, the last one too', () => {
    expect(asKeystrokes('a\nb')).toBe('a\rb\r');
    expect(asKeystrokes('a\n')).toBe('a\r');
  });
});
