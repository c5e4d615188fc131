// Redirections, applied left to right onto a copy of the command's descriptors:
// `2>&1 >/dev/null` and `>/dev/null 2>&1` differ as in any shell.

import type { Reader, Writer } from '../../os/pipe.ts';
import { resolve as resolvePath } from '../../os/path.ts';
import { isFsError } from '../../os/fs/errors.ts';
import { ExpandError } from '../expand/context.ts';
import { expandString } from '../expand/word.ts';
import type { Redirect } from '../syntax/ast.ts';
import type { Interp } from './interp.ts';
import { FileWriter, type Io, NullWriter, StringReader } from './io.ts';
import { openError } from './messages.ts';

export interface OpenIo extends Io {
  /** Closes the files this command opened (not the descriptors it inherited). */
  close(): void;
}

export async function applyRedirects(sh: Interp, redirs: Redirect[], io: Io): Promise<OpenIo | undefined> {
  const fds = new Map<number, Reader | Writer>([[0, io.stdin], [1, io.stdout], [2, io.stderr]]);
  for (const [k, v] of io.extra ?? []) fds.set(k, v);
  const opened: Writer[] = [];
  const ectx = sh.expandContext(io);
  for (const r of redirs) {
    let target: string;
    try {
      target = r.heredoc ? '' : await expandString(r.target, ectx);
    } catch (e) {
      if (e instanceof ExpandError) { sh.expandFailed(e, io); return undefined; }
      throw e;
    }
    const fd = r.fd ?? (r.op.startsWith('<') ? 0 : 1);
    switch (r.op) {
      case '<<': case '<<-': {
        let body: string;
        try {
          // A here-document whose body never came (`$(<<EOF)` closes first) is empty.
          body = r.heredoc ? await expandString(r.heredoc, ectx) : '';
        } catch (e) {
          // `$(( * ))` in a here-document fails the command as it would in an argument.
          if (e instanceof ExpandError) { sh.expandFailed(e, io); return undefined; }
          throw e;
        }
        fds.set(fd, new StringReader(body));
        break;
      }
      case '<<<':
        fds.set(fd, new StringReader(target + '\n'));
        break;
      case '<': case '<>': {
        const text = read(sh, target, io);
        if (text === undefined) return undefined;
        fds.set(fd, new StringReader(text));
        break;
      }
      case '>': case '>|': case '>>': case '&>': case '&>>': {
        const w = open(sh, target, r.op === '>>' || r.op === '&>>', io);
        if (!w) return undefined;
        opened.push(w);
        fds.set(fd, w);
        if (r.op.startsWith('&')) fds.set(2, w);
        break;
      }
      case '>&': case '<&': {
        if (target === '-') { fds.set(fd, r.op === '>&' ? new NullWriter() : new StringReader('')); break; }
        if (!/^[0-9]$/.test(target)) {
          if (r.op === '>&' && r.fd === undefined) {
            const w = open(sh, target, false, io);
            if (!w) return undefined;
            opened.push(w);
            fds.set(1, w);
            fds.set(2, w);
            break;
          }
          sh.error(io, `${target}: ambiguous redirect`);
          return undefined;
        }
        const src = fds.get(Number(target));
        if (!src) { sh.error(io, `${target}: Bad file descriptor`); return undefined; }
        fds.set(fd, src);
        break;
      }
    }
  }
  const extra = new Map([...fds].filter(([k]) => k > 2));
  return {
    stdin: fds.get(0) as Reader,
    stdout: fds.get(1) as Writer,
    stderr: fds.get(2) as Writer,
    ...(extra.size ? { extra } : {}),
    close: () => { for (const w of opened) w.close(); },
  };
}

function read(sh: Interp, target: string, io: Io): string | undefined {
  if (target === '/dev/null') return '';
  try {
    return sh.ctx.fs.readFile(resolvePath(sh.state.cwd, target), sh.ctx.cred);
  } catch (e) {
    if (!isFsError(e)) throw e;
    io.stderr.write(openError(sh.opts.voice, target, e.code, e.message, false, sh.line));
    return undefined;
  }
}

function open(sh: Interp, target: string, append: boolean, io: Io): Writer | undefined {
  if (target === '/dev/null') return new NullWriter();
  const path = resolvePath(sh.state.cwd, target);
  const { fs, cred } = sh.ctx;
  try {
    if (append) fs.appendFile(path, '', cred);
    else fs.writeFile(path, '', { mode: 0o666 & ~sh.state.umask }, cred);
  } catch (e) {
    if (!isFsError(e)) throw e;
    io.stderr.write(openError(sh.opts.voice, target, e.code, e.message, true, sh.line));
    return undefined;
  }
  return new FileWriter((chunk) => fs.appendFile(path, chunk, cred));
}
