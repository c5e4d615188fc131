// Where a lab's start state goes on a Machine: its cluster, its nodes and the learner's files.
// The page's worker, `npm run labs:verify` and the tests all set labs up through this one target.

import type { SetupTarget } from '../labs/setup/apply-setup.ts';
import type { Machine } from './machine.ts';

export function labSetupTarget(machine: Machine): SetupTarget {
  const home = (p: string) => (p.startsWith('/') ? p : `/root/${p}`);
  return {
    api: machine.api,
    nodes: () => machine.nodeNames(),
    writeFile(node, path, content, mode) {
      // Files for cluster nodes need the node's own filesystem, which the learner cannot reach.
      if (node !== machine.hostname) return `files can only be put on ${machine.hostname}, the learner's node`;
      try {
        const full = home(path);
        machine.fs.mkdir(full.slice(0, full.lastIndexOf('/')) || '/', { recursive: true });
        machine.fs.writeFile(full, content, { mode });
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    },
    advance: (ms) => machine.advance(ms),
  };
}
