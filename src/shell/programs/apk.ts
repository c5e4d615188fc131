// apk(8), Alpine's package manager, offline: `apk add` installs from a small catalog by
// writing the package's executables (files naming PodLab programs), with apk's own output.
// Models apk-tools 2.14 as in alpine 3.20 (nginx:alpine's base).

import { binary } from '../../os/exec.ts';
import type { Tool } from './lib/tool.ts';

interface Package {
  version: string;
  /** Dependencies installed first, as apk lists them. */
  deps: [string, string][];
  files: Record<string, string>;
}

const DEFAULT_REPOSITORIES = 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community\n';

/** busybox's package release per alpine branch, named by the trigger apk runs after installing. */
const BUSYBOX: Record<string, string> = { '3.19': '1.36.1-r20', '3.20': '1.36.1-r29', '3.21': '1.37.0-r12' };

/** The index of each repository in /etc/apk/repositories, as apk fetches them. */
function repositoryIndexes(ctx: Parameters<Tool>[0]): string[] {
  let text = DEFAULT_REPOSITORIES;
  try { text = ctx.fs.readFile('/etc/apk/repositories', ctx.cred); } catch { /* the image's default */ }
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')).map((l) => `${l.replace(/\/$/, '')}/x86_64/APKINDEX.tar.gz`);
}

function branchOf(ctx: Parameters<Tool>[0]): string {
  try { return ctx.fs.readFile('/etc/alpine-release', ctx.cred).trim().split('.').slice(0, 2).join('.'); } catch { return '3.20'; }
}

export const APK_CATALOG: Readonly<Record<string, Package>> = {
  curl: {
    version: '8.11.1-r0',
    deps: [['ca-certificates', '20241121-r1'], ['brotli-libs', '1.1.0-r2'], ['c-ares', '1.34.3-r0'], ['libunistring', '1.2-r0'], ['libidn2', '2.3.7-r0'], ['nghttp2-libs', '1.62.1-r0'], ['libpsl', '0.21.5-r1'], ['zstd-libs', '1.5.6-r0'], ['libcurl', '8.11.1-r0']],
    files: { '/usr/bin/curl': 'curl' },
  },
  jq: { version: '1.7.1-r0', deps: [['oniguruma', '6.9.9-r0']], files: { '/usr/bin/jq': 'jq' } },
  yq: { version: '4.44.1-r2', deps: [], files: { '/usr/bin/yq': 'yq' } },
  'bind-tools': { version: '9.18.31-r0', deps: [['fstrm', '0.6.1-r4'], ['libuv', '1.48.0-r0'], ['bind-libs', '9.18.31-r0']], files: { '/usr/bin/nslookup': 'nslookup' } },
  bash: { version: '5.2.26-r0', deps: [['readline', '8.2.10-r0']], files: { '/bin/bash': 'bash' } },
  nano: { version: '8.0-r0', deps: [], files: { '/usr/bin/nano': 'nano' } },
  vim: { version: '9.1.0707-r0', deps: [['xxd', '9.1.0707-r0'], ['vim-common', '9.1.0707-r0']], files: { '/usr/bin/vim': 'vi' } },
};

export const apk: Tool = async (ctx) => {
  const [command, ...rest] = ctx.argv.slice(1);
  const names = rest.filter((a) => !a.startsWith('-'));
  const REPOS = repositoryIndexes(ctx);
  const busybox = BUSYBOX[branchOf(ctx)] ?? BUSYBOX['3.20'];
  if (command === 'update') {
    const branch = branchOf(ctx);
    const described = REPOS.map((r, i) => `v${branch}.${i === 0 ? '3-259-g0fe4bd2b6ab' : '3-258-gb4e9a6a5de5'} [${r.replace(/\/x86_64\/APKINDEX\.tar\.gz$/, '')}]\n`).join('');
    ctx.stdout.write(`${REPOS.map((r) => `fetch ${r}\n`).join('')}${described}OK: 24166 distinct packages available\n`);
    return 0;
  }
  if (command !== 'add' || names.length === 0) {
    ctx.stderr.write(command === 'add' ? 'apk-tools 2.14.4, compiled for x86_64.\n\nusage: apk add [<OPTIONS>...] PACKAGES...\n' : 'apk-tools 2.14.4, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n');
    return 1;
  }
  if (ctx.cred.uid !== 0) {
    ctx.stderr.write('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
    return 99;
  }
  const missing = names.filter((n) => !APK_CATALOG[n]);
  ctx.stdout.write(REPOS.map((r) => `fetch ${r}\n`).join(''));
  if (missing.length > 0) {
    ctx.stderr.write(`ERROR: unable to select packages:\n${missing.map((n) => `  ${n} (no such package):\n    required by: world[${n}]\n`).join('')}`);
    return missing.length;
  }
  const steps: [string, string][] = [];
  for (const name of names) {
    const pkg = APK_CATALOG[name];
    const installed = Object.keys(pkg.files).every((p) => ctx.fs.exists(p, ctx.cred));
    if (installed) continue;
    for (const dep of pkg.deps) if (!steps.some(([n]) => n === dep[0])) steps.push(dep);
    steps.push([name, pkg.version]);
  }
  for (const [i, [name, version]] of steps.entries()) {
    ctx.stdout.write(`(${i + 1}/${steps.length}) Installing ${name} (${version})\n`);
    for (const [path, program] of Object.entries(APK_CATALOG[name]?.files ?? {})) {
      ctx.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true }, ctx.cred);
      ctx.fs.writeFile(path, binary(program), { mode: 0o755 }, ctx.cred);
    }
    await ctx.sleep(150);
  }
  if (steps.some(([n]) => n === 'ca-certificates')) ctx.stdout.write(`Executing busybox-${busybox}.trigger\nExecuting ca-certificates-20241121-r1.trigger\n`);
  else if (steps.length > 0) ctx.stdout.write(`Executing busybox-${busybox}.trigger\n`);
  ctx.stdout.write(`OK: ${12 + steps.length} MiB in ${15 + steps.length} packages\n`);
  return 0;
};
