// sprig's `wrap` and `indent` as kubectl explain's template uses them. `wrap` treats the text as
// one string: existing newlines are ordinary characters, only spaces are break points, and a
// word longer than the width is left whole.
// Models github.com/Masterminds/goutils/wordutils.go (WrapCustom) and sprig strings.go (indent).

export function wrap(text: string, width: number): string {
  if (text === '') return '';
  const w = Math.max(1, width);
  let offset = 0;
  let out = '';
  while (text.length - offset > w) {
    if (text[offset] === ' ') {
      offset++;
      continue;
    }
    const window = text.slice(offset, w + offset + 1);
    const space = window.lastIndexOf(' ');
    if (space >= 0) {
      out += text.slice(offset, offset + space) + '\n';
      offset = offset + space + 1;
    } else {
      const end = w + offset;
      const next = text.indexOf(' ', end);
      if (next < 0) {
        out += text.slice(offset);
        offset = text.length;
      } else {
        out += text.slice(offset, next) + '\n';
        offset = next + 1;
      }
    }
  }
  return out + text.slice(offset);
}

export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return pad + text.replace(/\n/g, '\n' + pad);
}
