// What the fuzzer types: manifests with wrong types anywhere, broken and hostile YAML, binary
// bytes, random shell scripts built from sh's grammar and its sharp edges, random argv for every
// kubectl command built from its own flag table, and lab files bent out of shape.

import fc from 'fast-check';
import { stringify } from 'yaml';
import { commands } from '../../src/kubectl/commands/index.ts';
import type { Command } from '../../src/kubectl/cli/command.ts';
import type { FlagSpec } from '../../src/kubectl/cli/flags.ts';

const POD = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'web', labels: { app: 'web' }, annotations: { note: 'x' } },
  spec: {
    restartPolicy: 'Always',
    containers: [{
      name: 'nginx', image: 'nginx:1.27', command: ['sh', '-c', 'echo hi'], ports: [{ containerPort: 80 }],
      env: [{ name: 'A', value: '1' }], resources: { limits: { memory: '64Mi', cpu: '100m' } },
      livenessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: 5 },
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
    }],
    volumes: [{ name: 'data', emptyDir: {} }],
  },
};

/** Any JSON value, the wrong type for almost every field. */
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', -1, 1e308, '64Qi', '-5', 'Always', true, [], {}, 'nginx:', '../../etc', '0x1F', 2 ** 53 + 1),
);

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const POD_PATHS = paths(POD).filter((p) => p.length > 0);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: Record<string | number, unknown> = Array.isArray(root) ? [...root] as unknown as Record<number, unknown> : { ...(root as object) } as Record<string, unknown>;
  const [head, ...rest] = path;
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

/** A valid Pod with a few fields replaced by values of the wrong type (or removed, or renamed). */
export const mutatedPod = fc.array(fc.tuple(fc.constantFrom(...POD_PATHS), wrongValue, fc.nat(3)), { minLength: 1, maxLength: 4 })
  .map((edits) => {
    let obj: unknown = POD;
    for (const [path, value, how] of edits) {
      if (how === 0) obj = setAt(obj, path, undefined);
      else if (how === 1) obj = setAt(obj, [...path.slice(0, -1), `${String(path[path.length - 1])}x`], value);
      else obj = setAt(obj, path, value);
    }
    return obj;
  });

const deep = fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('[', '{a: ', '- ', '{"a":', '  ')).map(([n, open]) => {
  if (open === '  ') return Array.from({ length: Math.min(n, 400) }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
  if (open === '- ') return `${'- '.repeat(n)}x\n`;
  return open.repeat(n) + 'x' + (open === '[' ? ']' : '}').repeat(n);
});

/** Billion-laughs: each anchor holds ten aliases of the previous one. */
const aliasBomb = fc.integer({ min: 2, max: 9 }).map((levels) => {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${lines.join('\n  ')}\n`;
});

const binary = fc.uint8Array({ maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes));

const yamlNoise = fc.array(fc.constantFrom(
  'apiVersion: v1', 'kind: Pod', 'kind: List', 'items:', 'metadata:', '  name: x', 'spec:', '  containers:', '  - name: a', '    image: nginx',
  '---', '...', '%YAML 1.2', '%TAG ! tag:x,2000:', '!!binary |', '&a', '*a', '*missing', '<<: *a', '? complex', ': v', '"unterminated', "'x", '|', '>-',
  '\t- tab', '{', '}', '[', ']', '#', '- - -', 'key: [a, b', '!!int "x"', '!custom x', 'k: !!timestamp nope', '\u0000', '\uFEFF', 'é: ü',
), { maxLength: 30 }).map((lines) => lines.join('\n'));

const manyDocs = fc.tuple(mutatedPod, fc.integer({ min: 2, max: 60 })).map(([pod, n]) => Array(n).fill(stringify(pod)).join('---\n'));

/** What a learner might feed `kubectl apply -f`. */
export const manifestText = fc.oneof(
  { weight: 5, arbitrary: mutatedPod.map((o) => stringify(o)) },
  { weight: 2, arbitrary: mutatedPod.map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: yamlNoise },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: aliasBomb },
  { weight: 1, arbitrary: binary },
  { weight: 1, arbitrary: manyDocs },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

// ---- sh -------------------------------------------------------------------------------------

const shWord = fc.oneof(
  fc.constantFrom('echo', 'x', 'y', '$x', '"$@"', '$#', '$?', '${x:-d}', '${x#*/}', '${#x}', '${x/a/b}', '$((x+1))', '$((1/0))', '$((2**64))',
    '$(echo a)', '`echo b`', "'q'", '"a b"', '*', '?', '[a-', '~', '-n', '--', '\\', '\\\n', '$((', '${', '"', "'", '`', '$(', '1>&2', '2>/dev/null',
    '<<EOF', '<<<x', '>/tmp/f', '<nope', '&>/dev/null', 'a=b', 'IFS=:', 'set', '-e', 'shift', 'local', 'read', 'exit', 'return', 'break', 'continue',
    'export', 'unset', 'trap', "'echo t'", 'INT', 'EXIT', 'eval', 'exec', 'cd', '..', '/', 'cat', 'head', 'wc', 'yes', 'sleep', '1', '0', '99', 'f', 'g'),
  fc.string({ maxLength: 6 }),
);

const simple = fc.array(shWord, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

type Tree = { script: string };
const { script } = fc.letrec<Tree>((tie) => ({
  script: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    simple,
    fc.tuple(tie('script'), fc.constantFrom(';', '|', '&&', '||', '&', '\n'), tie('script')).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(tie('script'), tie('script')).map(([c, b]) => `if ${c}; then ${b}; fi`),
    fc.tuple(tie('script'), tie('script')).map(([c, b]) => `if ${c}; then ${b}; else ${c}; fi`),
    tie('script').map((b) => `while true; do ${b}; done`),
    tie('script').map((b) => `until false; do ${b}; done`),
    fc.tuple(simple, tie('script')).map(([l, b]) => `for i in ${l}; do ${b}; done`),
    tie('script').map((b) => `( ${b} )`),
    tie('script').map((b) => `{ ${b}; }`),
    tie('script').map((b) => `echo "$(${b})"`),
    tie('script').map((b) => `f() { ${b}; }; f`),
    tie('script').map((b) => `case $x in a|b) ${b};; *) ${b};; esac`),
    tie('script').map((b) => `cat <<EOF\n$(${b})\nEOF`),
  ),
})) as unknown as { script: fc.Arbitrary<string> };

const deepNesting = fc.tuple(fc.integer({ min: 10, max: 3000 }), fc.constantFrom('(', '{ ', '$(', '"$(', 'if true; then ', 'while false; do ', '$((')).map(([n, open]) => {
  const close: Record<string, string> = { '(': ')', '{ ': '; }', '$(': ')', '"$(': ')"', 'if true; then ': '; fi', 'while false; do ': '; done', '$((': '))' };
  return `${open.repeat(n)}echo x${close[open]!.repeat(n)}`;
});

const hostile = fc.constantFrom(
  'yes | head -n 3', 'yes | head -n 100000 | wc', 'while true; do :; done', 'while true; do echo x; done', 'f() { f; }; f', 'f() { f | f; }; f',
  'f() { f & }; f', ':(){ :|:& };:', 'x=a; while true; do x=$x$x; done', 'for i in $(yes | head -n 5000); do :; done', 'exec 3<&0; cat <&3',
  'read x', 'cat', 'sleep 1000000', 'sleep 9999999999999999999999', 'trap "" INT; while true; do :; done', 'eval "$(yes echo | head -n 50)"',
  'set -- $(yes | head -n 2000); echo $#', 'echo $((1<<70))', 'echo ${x:?unset}', 'exit 999', 'cd /nope', 'echo "unterminated', "echo 'x", 'echo $(',
  'cat <<EOF', 'while', 'if true; then', 'case x in', 'echo ${', 'echo $((1+', '`', '))', 'done', 'fi', ';;', '|', '&&', '& &',
);

export const shScript = fc.oneof(
  { weight: 6, arbitrary: script },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...'|&;<>()$`\\"\' \t\n*?[]#~=%{}!-:/0123456789abcdefxyEOF'.split('')), { maxLength: 60 }).map((cs) => cs.join('')) },
);

// ---- kubectl argv ----------------------------------------------------------------------------

function allCommands(list: Command[], prefix: string[] = []): { path: string[]; flags: FlagSpec[] }[] {
  return list.flatMap((c) => [{ path: [...prefix, c.name], flags: c.flags }, ...allCommands(c.subcommands ?? [], [...prefix, c.name])]);
}

export const KUBECTL_COMMANDS = allCommands(commands());

const value = fc.oneof(
  fc.constantFrom('', 'web', 'pod', 'pods', 'pod/web', 'po,svc', 'json', 'yaml', 'wide', 'name', 'jsonpath={.items[*].metadata.name}', 'jsonpath={.x[',
    'go-template={{.x}}', 'custom-columns=N:.metadata.name', 'app=web', 'app in (a', '!app', 'metadata.name=web', '-', '/', '/etc/passwd', 'pod.yaml',
    '0', '-1', '1.5', '99999999999999999999', 'true', 'false', '1h', '-5s', 'abc', 'condition=Ready', 'delete', 'jsonpath={.status.phase}=Running',
    'NoSchedule', 'key=val:NoExecute', 'nginx', 'busybox', '8080:80', ':80', '80', 'default', 'kube-system', 'nope', '--', '{"spec":{}}', '[{"op":"x"}]',
    'c=nginx:1.27', 'A=B', '--image=nginx', 'web:/tmp/x', '/tmp:web'),
  fc.string({ maxLength: 12 }),
);

/** An argv for one kubectl command, mixing its own flags, global flags and junk. */
export const kubectlArgv = fc.constantFrom(...KUBECTL_COMMANDS).chain(({ path, flags }) => {
  const flagToken = flags.length === 0 ? value : fc.tuple(fc.constantFrom(...flags), value, fc.nat(4)).map(([f, v, how]) => {
    if (how === 0 && f.shorthand) return [`-${f.shorthand}`, v];
    if (how === 1 && f.shorthand) return [`-${f.shorthand}${v}`];
    if (how === 2) return [`--${f.name}`];
    return [`--${f.name}=${v}`];
  });
  const token = fc.oneof(
    { weight: 4, arbitrary: flagToken.map((t) => (Array.isArray(t) ? t : [t])) },
    { weight: 3, arbitrary: value.map((v) => [v]) },
    { weight: 1, arbitrary: fc.constantFrom(['-n', 'default'], ['-A'], ['--all'], ['-o', 'yaml'], ['--request-timeout=1s'], ['-v=9'], ['--context=x'], ['--bogus'], ['-Z'], ['--']) },
  );
  return fc.array(token, { maxLength: 6 }).map((ts) => ['kubectl', ...path, ...ts.flat()]);
});

// ---- labs ------------------------------------------------------------------------------------

/** A lab file bent out of shape: values replaced by wrong types, keys renamed, lines dropped. */
export function labText(labs: unknown[]): fc.Arbitrary<string> {
  const mutated = fc.tuple(fc.constantFrom(...labs), fc.array(fc.tuple(fc.nat(), wrongValue, fc.nat(3)), { minLength: 1, maxLength: 4 }))
    .map(([lab, edits]) => {
      let obj = lab;
      const all = paths(lab).filter((p) => p.length > 0);
      for (const [pick, v, how] of edits) {
        const path = all[pick % all.length]!;
        if (how === 0) obj = setAt(obj, path, undefined);
        else if (how === 1) obj = setAt(obj, [...path.slice(0, -1), `${String(path[path.length - 1])}_`], v);
        else obj = setAt(obj, path, v);
      }
      return stringify(obj);
    });
  const dropped = fc.tuple(fc.constantFrom(...labs), fc.nat(), fc.nat(8)).map(([lab, at, n]) => {
    const lines = stringify(lab).split('\n');
    lines.splice(at % lines.length, n);
    return lines.join('\n');
  });
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 2, arbitrary: dropped }, { weight: 1, arbitrary: yamlNoise }, { weight: 1, arbitrary: aliasBomb }, { weight: 1, arbitrary: binary });
}
