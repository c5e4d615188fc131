// `wrap` and `indent` as kubectl explain's template uses them. kubectl replaces sprig's wrap with
// its word-wrap writer: each line is wrapped on its own at spaces, and a word longer than the
// width is left whole.
// Models staging/src/k8s.io/kubectl/pkg/explain/v2/funcs.go (wrap), github.com/mitchellh/go-wordwrap
// (WrapString) and sprig strings.go (indent).

export function wrap(text: string, width: number): string {
  const lim = Math.max(0, width);
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  const isSpace = (c: string) => /\s/.test(c) && c !== '\u00a0';
  for (const c of text) {
    if (c === '\n') {
      if (word === '') {
        if (current + space.length <= lim) out += space;
      } else {
        out += space + word;
      }
      out += c;
      current = 0;
      word = '';
      space = '';
    } else if (isSpace(c)) {
      if (space === '' || word !== '') {
        current += space.length + word.length;
        out += space + word;
        space = '';
        word = '';
      }
      space += c;
    } else {
      word += c;
      if (current + space.length + word.length > lim && word.length < lim) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word === '') {
    if (current + space.length <= lim) out += space;
  } else {
    out += space + word;
  }
  return out;
}

export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return pad + text.replace(/\n/g, '\n' + pad);
}
