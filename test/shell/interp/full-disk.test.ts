import { describe, it, expect } from 'vitest';
import { Tree } from '../../../src/os/fs/tree.ts';
import { shellMachine } from '../../support/shell-machine.ts';

function machine(flavour: 'bash' | 'busybox' = 'bash') {
  const m = shellMachine({ flavour, files: { '/root/big': 'x'.repeat(100) } });
  m.fs.mkdir('/small');
  m.fs.mount('/small', new Tree({ limit: 16 }));
  return m;
}

describe('writing to a full disk through a redirect', () => {
  it('ends a program with its write error, as coreutils does at exit', async () => {
    expect(await machine().run('cat /root/big > /small/f; echo $?')).toEqual({
      stdout: '1\n', stderr: 'cat: write error: No space left on device\n', status: 0,
    });
  });

  it('fails a builtin with bash\'s message', async () => {
    expect(await machine().run('echo 0123456789abcdefXYZ > /small/f; echo $?')).toEqual({
      stdout: '1\n', stderr: 'bash: line 1: echo: write error: No space left on device\n', status: 0,
    });
  });

  it('leaves writes that fit alone', async () => {
    expect(await machine().run('echo small > /small/f; cat /small/f')).toEqual({ stdout: 'small\n', stderr: '', status: 0 });
  });
});
