// Backslash escapes of `echo -e`, `printf` formats and `%b`.

export function unescape(s: string, echoStyle: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) { out += c; continue; }
    const d = s[++i];
    switch (d) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case 'e': case 'E': out += '\x1b'; break;
      case '\\': out += '\\'; break;
      case 'c': return { text: out, stop: true };
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
        if (!m) { out += '\\x'; break; }
        out += String.fromCharCode(parseInt(m[0], 16));
        i += m[0].length;
        break;
      }
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        const max = echoStyle && d === '0' ? 4 : 3;
        const m = new RegExp(`^[0-7]{1,${max}}`).exec(s.slice(i));
        const digits = echoStyle && d === '0' ? m![0].slice(1) || '0' : m![0];
        if (echoStyle && d !== '0') { out += '\\' + d; break; }
        out += String.fromCharCode(parseInt(digits, 8) & 255);
        i += m![0].length - 1;
        break;
      }
      default: out += '\\' + d;
    }
  }
  return { text: out, stop: false };
}
