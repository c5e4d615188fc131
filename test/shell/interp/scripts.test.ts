import { describe, it, expect } from 'vitest';
import { shellMachine } from '../../support/shell-machine.ts';

describe('shell scripts', () => {
  it('runs `sh FILE args` with positional parameters', async () => {
    const m = shellMachine({ files: { '/root/s.sh': 'echo "$0 $# $1 $2"\nexit 4\n' } });
    expect(await m.run('bash s.sh a b; echo $?')).toEqual({ stdout: 's.sh 2 a b\n4\n', stderr: '', status: 0 });
  });

  it('runs an executable script found by path, in its own shell', async () => {
    const m = shellMachine({ files: { '/root/run.sh': '#!/bin/sh\nx=inner\necho "run $1"\n' } });
    m.fs.chmod('/root/run.sh', 0o755);
    expect(await m.run('x=outer; ./run.sh go; echo $x')).toEqual({ stdout: 'run go\nouter\n', stderr: '', status: 0 });
  });

  it('refuses a script without the execute bit', async () => {
    const m = shellMachine({ files: { '/root/run.sh': 'echo no\n' } });
    expect(await m.run('./run.sh; echo $?')).toEqual({ stdout: '126\n', stderr: 'bash: line 1: ./run.sh: Permission denied\n', status: 0 });
  });

  it('reads the script from stdin when given no arguments', async () => {
    const m = shellMachine();
    const stdin = 'echo from stdin\nfalse\n';
    expect(await m.run('bash', stdin)).toEqual({ stdout: 'from stdin\n', stderr: '', status: 1 });
  });

  it('reports a missing script file', async () => {
    const m = shellMachine();
    expect(await m.run('bash nope.sh')).toEqual({ stdout: '', stderr: 'bash: nope.sh: No such file or directory\n', status: 127 });
  });

  it('sources a file into the current shell, with return', async () => {
    const m = shellMachine({ files: { '/root/lib.sh': 'greet() { echo "hi $1"; }\nreturn 0\necho unreachable\n' } });
    expect(await m.run('. ./lib.sh; greet you; source nope.sh; echo $?')).toEqual({
      stdout: 'hi you\n1\n', stderr: 'bash: line 1: nope.sh: No such file or directory\n', status: 0,
    });
  });
});
