// The same commands through PodLab's programs and through the real tools on this machine
// (GNU coreutils, grep, sed and Debian's busybox); a case is skipped when the real tool is absent.

import { describe, expect, it } from 'vitest';
import { programMachine } from '../../support/programs/program-machine.ts';
import { hasTool, normalizeBanner, runReal } from '../../support/programs/real-tool.ts';
import type { FileSystem } from '../../../src/os/fs/file-system.ts';

function walk(fs: FileSystem, dir: string): string[] {
  return fs.readdir(dir).flatMap((n) => {
    const p = `${dir}/${n}`;
    return fs.stat(p).type === 'dir' ? [p, ...walk(fs, p)] : [p];
  });
}

interface Case {
  argv: string[];
  files?: Record<string, string>;
  stdin?: string;
  /** Only for one flavour. */
  only?: 'coreutils' | 'busybox';
  /** Output order follows the real directory's order: compare the lines sorted. */
  sorted?: boolean;
  /** Runs at the real time with every file dated an hour ago (for ls -l dates). */
  dated?: boolean;
}

const TEXT = { 'f.txt': 'banana 3\napple 10\ncherry 2\napple 10\n', 'g.txt': 'one\ntwo\n', 'dir/a': 'A\n', 'dir/sub/b': 'B\n' };
const LOG = { 'app.log': 'INFO start\nERROR disk full\nWARN slow\nERROR timeout\nINFO done\n' };

export const CASES: Case[] = [
  { argv: ['cat', 'g.txt'], files: TEXT },
  { argv: ['cat', 'nope'] },
  { argv: ['cat', '-n', 'g.txt'], files: TEXT },
  { argv: ['cat', '-'], stdin: 'from stdin\n' },
  { argv: ['echo', '-n', 'a', 'b'] },
  { argv: ['echo', '-e', 'a\\tb\\nc'] },
  { argv: ['printf', '%s=%5.2f|%-4s|%03d\\n', 'x', '3.14159', 'ab', '7'] },
  { argv: ['printf', '%d\\n', 'abc'] },
  { argv: ['ls'], files: TEXT },
  { argv: ['ls', '-a', 'dir'], files: TEXT },
  { argv: ['ls', '-R'], files: TEXT },
  { argv: ['ls', '-d', 'dir'], files: TEXT },
  { argv: ['ls', 'nope'] },
  { argv: ['ls', '-l'], files: TEXT, dated: true },
  { argv: ['ls', '-la', 'dir'], files: TEXT, dated: true },
  { argv: ['ls', '-ln', 'f.txt', 'dir'], files: TEXT, dated: true },
  { argv: ['ls', '-lR', 'dir'], files: TEXT, dated: true },
  { argv: ['ls', '-1', 'dir', 'g.txt'], files: TEXT },
  { argv: ['ls', '-lh', 'big'], files: { big: 'x'.repeat(123456) }, dated: true },
  { argv: ['du', '-a', 'dir'], files: TEXT, sorted: true },
  { argv: ['du', '-sh', 'dir'], files: TEXT },
  { argv: ['ls', '-z'] },
  { argv: ['mkdir', 'dir'], files: TEXT },
  { argv: ['mkdir'] },
  { argv: ['mkdir', '-p', 'x/y/z'] },
  { argv: ['rm', 'dir'], files: TEXT },
  { argv: ['rm', 'nope'] },
  { argv: ['rm', '-f', 'nope'] },
  { argv: ['rm', '-r', 'dir'], files: TEXT },
  { argv: ['rmdir', 'dir'], files: TEXT },
  { argv: ['cp', 'dir', 'x'], files: TEXT },
  { argv: ['cp', 'nope', 'x'] },
  { argv: ['cp', 'g.txt'], files: TEXT },
  { argv: ['mv', 'nope', 'x'] },
  { argv: ['touch', 'no/such/file'] },
  { argv: ['chmod', '7z9', 'g.txt'], files: TEXT },
  { argv: ['chmod', '755', 'nope'] },
  { argv: ['ln', '-s', 'g.txt', 'g.txt'], files: TEXT },
  { argv: ['grep', 'apple', 'f.txt'], files: TEXT },
  { argv: ['grep', '-c', 'apple', 'f.txt', 'g.txt'], files: TEXT },
  { argv: ['grep', '-n', '-i', 'APPLE', 'f.txt'], files: TEXT },
  { argv: ['grep', '-v', 'ERROR', 'app.log'], files: LOG },
  { argv: ['grep', '-E', 'ERROR|WARN', 'app.log'], files: LOG },
  { argv: ['grep', '-w', 'ERR', 'app.log'], files: LOG },
  { argv: ['grep', '-o', '[0-9][0-9]*', 'f.txt'], files: TEXT },
  { argv: ['grep', '-l', 'B', '-r', 'dir'], files: TEXT },
  { argv: ['grep', '-r', 'A', '.'], files: TEXT, sorted: true },
  { argv: ['grep', '-q', 'apple', 'f.txt'], files: TEXT },
  { argv: ['grep', 'x', 'nope'] },
  { argv: ['grep', '\\(ab\\)\\1', '-'], stdin: 'abab\nab\n' },
  { argv: ['head', '-n', '2', 'f.txt'], files: TEXT },
  { argv: ['head', '-2'], stdin: 'a\nb\nc\n' },
  { argv: ['head', '-c', '5', 'f.txt'], files: TEXT },
  { argv: ['head', 'f.txt', 'g.txt'], files: TEXT },
  { argv: ['head', '-n', 'x', 'f.txt'], files: TEXT },
  { argv: ['tail', '-n', '2', 'f.txt'], files: TEXT },
  { argv: ['tail', '-n', '+3', 'f.txt'], files: TEXT },
  { argv: ['tail', 'nope'] },
  { argv: ['wc', 'f.txt'], files: TEXT },
  { argv: ['wc', '-l', 'f.txt'], files: TEXT },
  { argv: ['wc', 'f.txt', 'g.txt'], files: TEXT },
  { argv: ['wc'], stdin: 'a b\nc\n' },
  { argv: ['wc', '-l'], stdin: 'a b\nc\n' },
  { argv: ['sort', 'f.txt'], files: TEXT },
  { argv: ['sort', '-u', 'f.txt'], files: TEXT },
  { argv: ['sort', '-k2', '-n', 'f.txt'], files: TEXT },
  { argv: ['sort', '-k2,2nr', 'f.txt'], files: TEXT },
  { argv: ['sort', '-t', ' ', '-k2', '-rn', 'f.txt'], files: TEXT },
  { argv: ['uniq'], stdin: 'a\na\nb\na\n' },
  { argv: ['uniq', '-c'], stdin: 'a\na\nb\na\n' },
  { argv: ['uniq', '-d'], stdin: 'a\na\nb\n' },
  { argv: ['cut', '-d', ' ', '-f', '1', 'f.txt'], files: TEXT },
  { argv: ['cut', '-c', '1-3'], stdin: 'abcdef\nxy\n' },
  { argv: ['cut', '-d:', '-f1,3'], stdin: 'root:x:0:0\n' },
  { argv: ['cut', 'f.txt'], files: TEXT },
  { argv: ['sed', 's/apple/pear/', 'f.txt'], files: TEXT },
  { argv: ['sed', '-n', '2p', 'f.txt'], files: TEXT },
  { argv: ['sed', 's/\\([a-z]*\\) \\([0-9]*\\)/\\2 \\1/', 'f.txt'], files: TEXT },
  { argv: ['sed', '-E', 's/([a-z]+) ([0-9]+)/[&]/g', 'f.txt'], files: TEXT },
  { argv: ['sed', '/apple/d', 'f.txt'], files: TEXT },
  { argv: ['sed', '2,3d', 'f.txt'], files: TEXT },
  { argv: ['sed', '$d', 'f.txt'], files: TEXT },
  { argv: ['sed', '-n', '/ERROR/,/WARN/p', 'app.log'], files: LOG },
  { argv: ['sed', '1!d'], stdin: 'a\nb\n' },
  { argv: ['sed', 'y/abc/xyz/'], stdin: 'aabbcc\n' },
  { argv: ['sed', '2q'], stdin: 'a\nb\nc\n' },
  { argv: ['sed', 's/a/b/;s/b/c/'], stdin: 'a\n' },
  { argv: ['awk', '{print $1}', 'f.txt'], files: TEXT },
  { argv: ['awk', '-F:', '{print $3, NF}'], stdin: 'a:b:c\nd:e\n' },
  { argv: ['awk', '$2 > 5 {print NR": "$0}', 'f.txt'], files: TEXT },
  { argv: ['awk', '{s += $2} END {print s, NR}', 'f.txt'], files: TEXT },
  { argv: ['awk', 'BEGIN {printf "%-6s|%5.1f\\n", "ab", 2.25}'] },
  { argv: ['awk', '/ERROR/ {n++} END {print n " errors"}', 'app.log'], files: LOG },
  { argv: ['awk', '{c[$1]++} END {for (k in c) if (c[k] > 1) print k, c[k]}', 'f.txt'], files: TEXT },
  { argv: ['awk', '{print length($1), toupper(substr($1, 1, 3))}', 'f.txt'], files: TEXT },
  { argv: ['awk', 'NR==2, NR==3', 'f.txt'], files: TEXT },
  { argv: ['awk', '{ $2 = "x"; print; print NF }'], stdin: 'a b c\n' },
  { argv: ['awk', 'BEGIN { x = "10"; y = 9; print (x > y) ? "num" : "str"; n = split("a,b,c", arr, ","); print n, arr[3] }'] },
  { argv: ['awk', '{ gsub(/a/, "[&]"); print }'], stdin: 'banana\n' },
  { argv: ['tr', 'a-z', 'A-Z'], stdin: 'hello World\n' },
  { argv: ['tr', '-d', '0-9'], stdin: 'a1b22c\n' },
  { argv: ['tr', '-s', ' '], stdin: 'a   b    c\n' },
  { argv: ['tr', '[:lower:]', '[:upper:]'], stdin: 'abc\n' },
  { argv: ['seq', '3'] },
  { argv: ['seq', '2', '2', '9'] },
  { argv: ['seq', '-s', ',', '5'] },
  { argv: ['seq', '1', '0.5', '3'] },
  { argv: ['seq', '-w', '8', '10'] },
  { argv: ['seq'] },
  { argv: ['base64'], stdin: 'hello world\n' },
  { argv: ['base64', '-d'], stdin: 'aGVsbG8gd29ybGQK\n' },
  { argv: ['basename', '/a/b/c.txt', '.txt'] },
  { argv: ['dirname', '/a/b/c.txt'] },
  { argv: ['sleep', 'x'] },
  { argv: ['sleep'] },
  { argv: ['xargs', 'echo', 'got'], stdin: 'a b\nc\n' },
  { argv: ['xargs', '-n', '1', 'echo'], stdin: 'a b c\n' },
  { argv: ['xargs', '-I', '{}', 'echo', '[{}]'], stdin: 'a b\nc\n' },
  { argv: ['find', '.', '-name', '*.txt'], files: TEXT, sorted: true },
  { argv: ['find', 'dir', '-type', 'f'], files: TEXT, sorted: true },
  { argv: ['find', '.', '-maxdepth', '1', '-type', 'd'], files: TEXT, sorted: true },
  { argv: ['find', 'nope'] },
  { argv: ['find', 'dir', '-name', 'a', '-exec', 'cat', '{}', ';'], files: TEXT },
  { argv: ['tee', 'out.txt'], stdin: 'tee me\n' },
  { argv: ['true'] },
  { argv: ['false'] },
  { argv: ['kill', '-l', '9'] },
  { argv: ['date', '-d', '@0', '+%Y-%m-%d %H:%M:%S %s'] },
  { argv: ['date', '-u', '-d', '2024-02-29 13:05:09', '+%a %b %e %j %A %B %I%p'] },
  { argv: ['stat', '-c', '%n %s %a %A', 'g.txt'], files: TEXT },
  { argv: ['stat', 'nope'] },
  { argv: ['which', 'nope-such-program'] },
  { argv: ['jq', '.a.b'], stdin: '{"a":{"b":[1,2]}}', only: 'coreutils' },
  { argv: ['jq', '-r', '.items[].name'], stdin: '{"items":[{"name":"x"},{"name":"y"}]}', only: 'coreutils' },
  { argv: ['jq', '.items | length'], stdin: '{"items":[1,2,3]}', only: 'coreutils' },
  { argv: ['jq', '-c', '[.[] | select(.n > 1)]'], stdin: '[{"n":1},{"n":2},{"n":3}]', only: 'coreutils' },
  { argv: ['jq', 'keys'], stdin: '{"b":1,"a":2}', only: 'coreutils' },
  { argv: ['jq', '.[0]'], stdin: '[{"x":{"y":null,"z":[]}}]', only: 'coreutils' },
  { argv: ['jq', '-r', '"\\(.name): \\(.v // "none")"'], stdin: '{"name":"a"}', only: 'coreutils' },
];

for (const flavour of ['coreutils', 'busybox'] as const) {
  const available = flavour === 'busybox' ? hasTool('busybox') : true;
  describe(`${flavour} programs print what the real ${flavour === 'busybox' ? 'busybox' : 'GNU tools'} print`, () => {
    for (const c of CASES) {
      if (c.only && c.only !== flavour) continue;
      const real = available && (flavour === 'busybox' || hasTool(c.argv[0]));
      it.skipIf(!real)(`${c.argv.join(' ')}${c.stdin !== undefined ? ' < input' : ''}`, async () => {
        const files = Object.fromEntries(Object.entries(c.files ?? {}).map(([p, t]) => [`/root/${p}`, t]));
        const now = Math.floor(Date.now() / 60_000) * 60_000;
        const mtime = c.dated ? now - 3600_000 : undefined;
        const m = programMachine({ flavour, files, start: c.dated ? now : undefined });
        if (mtime !== undefined) for (const p of ['/root', ...walk(m.fs, '/root')]) m.fs.utimes(p, mtime);
        const ours = await m.run(c.argv, { stdin: c.stdin, env: { TZ: 'UTC' } });
        const theirs = runReal(c.argv, c.files ?? {}, c.stdin, flavour === 'busybox', mtime);
        const norm = (r: typeof ours) => ({ ...r, stdout: c.sorted ? r.stdout.split('\n').sort().join('\n') : r.stdout, stderr: normalizeBanner(r.stderr) });
        expect(norm(ours)).toEqual(norm(theirs));
      });
    }
  });
}
