// PS1 escapes bash and busybox both understand: \u \h \w \W \$ \n, and the colour ones:
// \e or \033 for ESC, \a, and \[ \] around what takes no room on screen (dropped here).

export interface PromptInfo {
  ps1: string;
  cwd: string;
  home?: string;
  user?: string;
  host?: string;
  uid: number;
}

export function renderPrompt(p: PromptInfo): string {
  const cwd = p.home && (p.cwd === p.home || p.cwd.startsWith(p.home + '/')) ? '~' + p.cwd.slice(p.home.length) : p.cwd;
  return p.ps1.replace(/\\(033|[uhHwW$n\\ea[\]])/g, (_, c: string) => {
    switch (c) {
      case 'e': case '033': return '\x1b';
      case 'a': return '\x07';
      case '[': case ']': return '';
      case 'u': return p.user ?? '';
      case 'h': return (p.host ?? '').split('.')[0];
      case 'H': return p.host ?? '';
      case 'w': return cwd;
      case 'W': return cwd === '/' ? '/' : cwd.slice(cwd.lastIndexOf('/') + 1);
      case '$': return p.uid === 0 ? '#' : '$';
      case 'n': return '\n';
      default: return '\\';
    }
  });
}
