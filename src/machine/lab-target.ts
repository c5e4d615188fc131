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
      const fs = node === machine.hostname ? machine.fs : machine.cluster.nodes.get(node)?.fs;
      if (!fs) return `the machine has no node ${node}`;
      try {
        const full = home(path);
        fs.mkdir(full.slice(0, full.lastIndexOf('/')) || '/', { recursive: true });
        fs.writeFile(full, content, { mode });
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    },
    advance: (ms) => machine.advance(ms),
  };
}
