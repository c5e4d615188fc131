// How the cluster-scale scenario grows: 100 nodes through one virtual hour with 1,000 pods and
// with 10,000, each in a Node process of its own so neither run's heap or JIT state colours the
// other's; the figure is the ratio (10 means the cost grows linearly with the pods).

import { execFile } from 'node:child_process';
import { clusterScale, type ScaleResult } from './cluster-scale.ts';

export interface Growth {
  small: ScaleResult;
  large: ScaleResult;
  wallRatio: number;
  heapRatio: number;
}

function inChild(nodes: number, pods: number): Promise<ScaleResult> {
  return new Promise((resolve, reject) => {
    // The heap may grow past Node's default limit with 10,000 pods; the limit is not what is measured.
    execFile(process.execPath, ['--max-old-space-size=16384', import.meta.filename, String(nodes), String(pods)],
      { timeout: 20 * 60_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`cluster growth: ${pods} pods failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop()!) as ScaleResult);
      });
  });
}

export async function clusterGrowth(nodes = 100, small = 1000, large = 10_000): Promise<Growth> {
  const a = await inChild(nodes, small);
  const b = await inChild(nodes, large);
  return { small: a, large: b, wallRatio: b.wallMs / a.wallMs, heapRatio: b.peakHeapMB / a.peakHeapMB };
}

if (import.meta.main) console.log(JSON.stringify(await clusterScale(Number(process.argv[2]), Number(process.argv[3]))));
