import { describe, it, expect } from 'vitest';
import { renderPrompt } from '../../../src/shell/interp/prompt.ts';

const base = { cwd: '/root/app', home: '/root', user: 'root', host: 'controlplane.podlab', uid: 0 };

describe('PS1 rendering', () => {
  it.each([
    ['\\u@\\h:\\w\\$ ', 'root@controlplane:~/app# '],
    ['\\H \\W $ ', 'controlplane.podlab app $ '],
    ['\\[\\e[01;32m\\]\\h\\[\\e[00m\\]:\\w$ ', '\x1b[01;32mcontrolplane\x1b[00m:~/app$ '],
    ['\\[\\033[01;34m\\]\\w\\[\\033[00m\\]\\n> ', '\x1b[01;34m~/app\x1b[00m\n> '],
    ['\\[\\e]0;\\u@\\h\\a\\]\\w ', '\x1b]0;root@controlplane\x07~/app '],
  ])('%j renders as %j', (ps1, want) => {
    expect(renderPrompt({ ...base, ps1 })).toBe(want);
  });
});
