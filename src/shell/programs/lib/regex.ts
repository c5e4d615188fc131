// POSIX regular expressions (basic and extended, with GNU's extensions) turned into JavaScript
// ones for grep, sed and awk: `\(…\)` and `\{n\}` in BRE, bracket classes like [[:digit:]],
// `\<`/`\>` word edges, and literal `+ ? | { }` where POSIX says they are ordinary.

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: '\\w', cntrl: '\\x00-\\x1f\\x7f', print: '\\x20-\\x7e', graph: '\\x21-\\x7e',
};

/** Translates a POSIX pattern to JavaScript regex source; throws with GNU's message when invalid. */
export function translate(pattern: string, extended: boolean): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      let j = i + 1;
      let body = '';
      if (pattern[j] === '^') {
        body += '^';
        j++;
      }
      if (pattern[j] === ']') {
        body += '\\]';
        j++;
      }
      for (; j < pattern.length && pattern[j] !== ']'; j++) {
        const cls = /^\[:([a-z]+):\]/.exec(pattern.slice(j));
        if (cls) {
          body += CLASSES[cls[1]] ?? '';
          j += cls[0].length - 1;
        } else if (pattern[j] === '\\') body += '\\\\';
        else if (pattern[j] === '[') body += '\\[';
        else body += pattern[j];
      }
      if (j >= pattern.length) throw new Error('Unmatched [, [^, [:, [., or [=');
      out += `[${body}]`;
      i = j;
      continue;
    }
    if (c === '\\') {
      const d = pattern[++i];
      if (d === undefined) throw new Error('Trailing backslash');
      if (!extended && (d === '(' || d === ')')) {
        depth += d === '(' ? 1 : -1;
        if (depth < 0) throw new Error('Unmatched ) or \\)');
        out += d;
      } else if (!extended && (d === '{' || d === '}' || d === '|' || d === '+' || d === '?')) out += d;
      else if (d === '<') out += '\\b(?=\\w)';
      else if (d === '>') out += '\\b(?<=\\w)';
      else if (/[1-9]/.test(d) || 'wWsSbB'.includes(d)) out += '\\' + d;
      else if (d === 'n') out += '\\n';
      else if (d === 't') out += '\\t';
      else out += /[a-zA-Z0-9]/.test(d) ? d : '\\' + d;
      continue;
    }
    if (extended) {
      if (c === '(') depth++;
      if (c === ')') {
        if (--depth < 0) throw new Error('Unmatched ) or \\)');
      }
      if (c === '{' && !/^\{\d*(,\d*)?\}/.test(pattern.slice(i))) {
        out += '\\{';
        continue;
      }
      out += c === '/' ? '\\/' : c;
      continue;
    }
    // In a BRE these are ordinary characters; `*` at the start too.
    if ('+?|(){}/'.includes(c)) out += '\\' + c;
    else if (c === '*' && (out === '' || out.endsWith('^'))) out += '\\*';
    else out += c;
  }
  if (depth > 0) throw new Error('Unmatched ( or \\(');
  return out;
}

export function compile(pattern: string, options: { extended: boolean; ignoreCase?: boolean; global?: boolean }): RegExp {
  const source = translate(pattern, options.extended);
  try {
    return new RegExp(source, (options.ignoreCase ? 'i' : '') + (options.global ? 'g' : ''));
  } catch {
    throw new Error('Invalid regular expression');
  }
}
