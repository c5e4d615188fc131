// crictl on a lab node, talking to that node's containerd: `ps [-a] [-q] [--name RE]`, `pods`,
// `images`, `logs [-f] [--tail N] ID`, `inspect ID` and `inspectp ID`. IDs may be abbreviated
// to any unique prefix, as containerd resolves them.
// Models cri-tools cmd/crictl (container.go, sandbox.go, image.go, logs.go)

import type { ProcessContext } from '../../os/process/context.ts';
import type { ClusterNode } from '../../sim/cluster/cluster.ts';
import { containerState, humanDuration, humanSize, tabwrite, truncatedId } from './crictl-tables.ts';
import { inspectContainer, inspectPod } from './crictl-inspect.ts';
import { nodeOf } from './node-of.ts';

const NO_RUNTIME = 'E0105 09:00:00.000000    2345 remote_runtime.go:277] "ListContainers with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error"\n';

interface Flags {
  all: boolean;
  quiet: boolean;
  follow: boolean;
  tail?: number;
  name?: RegExp;
  args: string[];
}

function flags(argv: string[]): Flags | string {
  const f: Flags = { all: false, quiet: false, follow: false, args: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '-a' || a === '--all') f.all = true;
    else if (a === '-q' || a === '--quiet') f.quiet = true;
    else if (a === '-f' || a === '--follow') f.follow = true;
    else if (a === '-aq' || a === '-qa') { f.all = true; f.quiet = true; }
    else if (a.startsWith('--tail')) f.tail = Number(value());
    else if (a.startsWith('--name')) {
      try { f.name = new RegExp(value() ?? ''); } catch { return `invalid --name regexp`; }
    } else if (a.startsWith('-')) return `flag provided but not defined: ${a.replace(/=.*/, '')}`;
    else f.args.push(a);
  }
  return f;
}

function findContainer(node: ClusterNode, prefix: string) {
  const all = node.runtime.listContainers();
  const matches = all.filter((c) => c.id.startsWith(prefix));
  return matches.length === 1 ? matches[0] : undefined;
}

function ps(node: ClusterNode, f: Flags, now: number): string {
  const rows = node.runtime.listContainers()
    .filter((c) => f.all || c.state === 'running')
    .filter((c) => !f.name || f.name.test(c.name))
    .sort((a, b) => b.createdAt - a.createdAt);
  if (f.quiet) return rows.map((c) => `${c.id}\n`).join('');
  const table = [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE']];
  for (const c of rows) {
    const container = node.runtime.inspect(c.id);
    const sb = container?.sandbox.config;
    table.push([
      truncatedId(c.id), truncatedId(container?.config.image.id ?? c.imageRef, 'sha256:'), `${humanDuration(now - c.createdAt)} ago`,
      containerState(c.state), c.name, String(c.attempt), truncatedId(container?.sandbox.id ?? ''), sb?.name ?? 'unknown', sb?.namespace ?? 'unknown',
    ]);
  }
  return tabwrite(table);
}

function pods(node: ClusterNode, f: Flags, now: number): string {
  const sandboxes = [...node.runtime.listPodSandboxes()].sort((a, b) => b.createdAt - a.createdAt);
  if (f.quiet) return sandboxes.map((s) => `${s.id}\n`).join('');
  const table = [['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']];
  for (const s of sandboxes) {
    table.push([truncatedId(s.id), `${humanDuration(now - s.createdAt)} ago`, s.state === 'ready' ? 'Ready' : 'NotReady', s.config.name, s.config.namespace, '0', '(default)']);
  }
  return tabwrite(table);
}

function images(node: ClusterNode, f: Flags): string {
  const list = node.images.listImages();
  if (f.quiet) return list.map((i) => `${i.id}\n`).join('');
  const rows: string[][] = [];
  for (const image of list) {
    for (const ref of image.repoTags ?? [image.ref]) {
      const colon = ref.lastIndexOf(':');
      const slash = ref.lastIndexOf('/');
      const [repo, tag] = colon > slash ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, '<none>'];
      rows.push([repo, tag, truncatedId(image.id, 'sha256:'), humanSize(image.sizeBytes)]);
    }
  }
  rows.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
  return tabwrite([['IMAGE', 'TAG', 'IMAGE ID', 'SIZE'], ...rows]);
}

async function logs(ctx: ProcessContext, node: ClusterNode, f: Flags): Promise<number> {
  const id = f.args[0];
  if (!id) {
    ctx.stderr.write('E0105 09:00:00.000000    2345 logs.go:141] "ID cannot be empty"\nFATA[0000] ID cannot be empty\n');
    return 1;
  }
  const c = findContainer(node, id);
  if (!c) {
    ctx.stderr.write(`E0105 09:00:00.000000    2345 remote_runtime.go:432] "ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \\"${id}\\": not found" containerID="${id}"\nFATA[0000] rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found\n`);
    return 1;
  }
  const write = (line: { stream: string; text: string }) => (line.stream === 'stderr' ? ctx.stderr : ctx.stdout).write(`${line.text}\n`);
  const lines = node.runtime.logs(c.id);
  for (const line of f.tail !== undefined && f.tail >= 0 ? lines.slice(Math.max(0, lines.length - f.tail)) : lines) write(line);
  if (!f.follow || c.state !== 'running') return 0;
  const stop = node.runtime.followLogs(c.id, write);
  try {
    while (node.runtime.containerStatus(c.id)?.state === 'running') await ctx.sleep(1000);
  } finally {
    stop();
  }
  return 0;
}

const HELP = `NAME:
   crictl - client for CRI

USAGE:
   crictl [global options] command [command options]

VERSION:
   v1.33.0

COMMANDS:
   images, image, img  List images
   inspect             Display the status of one or more containers
   inspectp            Display the status of one or more pods
   logs                Fetch the logs of a container
   pods                List pods
   ps                  List containers
   help, h             Shows a list of commands or help for one command
`;

export async function crictl(ctx: ProcessContext): Promise<number> {
  const [verb, ...rest] = ctx.argv.slice(1).filter((a, i) => !(i === 0 && a.startsWith('--runtime-endpoint')));
  const node = nodeOf(ctx);
  if (!node) {
    ctx.stderr.write(NO_RUNTIME);
    return 1;
  }
  const f = flags(rest);
  if (typeof f === 'string') {
    ctx.stderr.write(`Incorrect Usage: ${f}\n\nFATA[0000] ${f}\n`);
    return 1;
  }
  const now = ctx.now();
  switch (verb) {
    case 'ps': ctx.stdout.write(ps(node, f, now)); return 0;
    case 'pods': ctx.stdout.write(pods(node, f, now)); return 0;
    case 'images': case 'image': case 'img': ctx.stdout.write(images(node, f)); return 0;
    case 'logs': return logs(ctx, node, f);
    case 'inspect': case 'inspectp': {
      const id = f.args[0];
      const text = id ? (verb === 'inspect' ? inspectContainer(node, id) : inspectPod(node, id)) : undefined;
      if (!text) {
        ctx.stderr.write(`FATA[0000] ${id ? `getting the status of the ${verb === 'inspect' ? 'container' : 'pod sandbox'} "${id}": rpc error: code = NotFound desc = an error occurred when try to find ${verb === 'inspect' ? 'container' : 'sandbox'} "${id}": not found` : 'ID cannot be empty'}\n`);
        return 1;
      }
      ctx.stdout.write(text);
      return 0;
    }
    case undefined: case 'help': case 'h': case '--help': case '-h': ctx.stdout.write(HELP); return 0;
    default:
      ctx.stderr.write(`No help topic for '${verb}'\n`);
      return 3;
  }
}
