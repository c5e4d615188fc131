// The same language in busybox ash's voice, for shells inside containers (`kubectl exec … sh`).
// Checked against Debian's busybox by parity.test.ts when it is installed.

import type { Case } from './cases.ts';

export const BUSYBOX: Case[] = [
  { name: 'command not found', script: 'nope; echo $?', want: { stdout: '127\n', stderr: 'sh: nope: not found\n' } },
  { name: 'missing path', script: './nope', want: { stdout: '', stderr: 'sh: ./nope: not found\n', status: 127 } },
  { name: 'unexpected fi', script: 'if true; fi', want: { stdout: '', stderr: 'sh: syntax error: unexpected "fi" (expecting "then")\n', status: 2 } },
  { name: 'unterminated quote', script: 'echo "abc', want: { stdout: '', stderr: 'sh: syntax error: unterminated quoted string\n', status: 2 } },
  { name: 'missing fi', script: 'if true; then', want: { stdout: '', stderr: 'sh: syntax error: unexpected end of file (expecting "fi")\n', status: 2 } },
  { name: 'double semicolon', script: 'echo ;;', want: { stdout: '', stderr: 'sh: syntax error: unexpected ";;"\n', status: 2 } },
  { name: 'missing input file', script: 'cat < /nope; echo $?', want: { stdout: '1\n', stderr: "sh: can't open /nope: no such file\n" } },
  { name: 'missing directory for output', script: 'echo hi > /nope/x; echo $?', want: { stdout: '1\n', stderr: "sh: can't create /nope/x: nonexistent directory\n" } },
  { name: 'cd to a missing directory', script: 'echo a\ncd /nope; echo $?', want: { stdout: 'a\n2\n', stderr: "sh: cd: line 1: can't cd to /nope: No such file or directory\n" } },
  { name: 'set -u', script: 'set -u; echo $nope', want: { stdout: '', stderr: 'sh: nope: parameter not set\n', status: 2 } },
  { name: 'division by zero', script: 'echo $((1/0))', want: { stdout: '', stderr: 'sh: divide by zero\n', status: 2 } },
  { name: '${x?}', script: 'echo ${x?unset}', want: { stdout: '', stderr: 'sh: x: unset\n', status: 2 } },
  { name: 'test with a bad number', script: '[ 1 -eq a ]; echo $?', want: { stdout: '2\n', stderr: 'sh: a: bad number\n' } },
  { name: 'test missing bracket', script: '[ 1 = 1; echo $?', want: { stdout: '2\n', stderr: 'sh: missing ]\n' } },
  { name: 'readonly', script: 'readonly r=1; r=2', want: { stdout: '', stderr: 'sh: r: is read only\n', status: 2 } },
  { name: 'type', script: 'f() { :; }; type f; type cd; type nope', want: { stdout: 'f is a function\ncd is a shell builtin\nnope: not found\n', status: 127 } },
  { name: 'kill an unknown job', script: 'kill %3', want: { stdout: '', stderr: 'sh: kill: line 0: %3: no such job\n', status: 2 } },
  { name: 'a typical container command', script: 'i=0; while [ $i -lt 3 ]; do echo "tick $i"; i=$((i+1)); done > /tmp/log; cat /tmp/log', want: { stdout: 'tick 0\ntick 1\ntick 2\n' } },
  { name: 'trap on exit', script: 'trap "echo bye" EXIT; echo hi', want: { stdout: 'hi\nbye\n' } },
];
