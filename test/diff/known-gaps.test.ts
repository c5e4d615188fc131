import { describe, expect, it } from 'vitest';
import { onlyEventOrderDiffers } from './commands.ts';

const block = (rows: string[]) => `Name: x\nEvents:\n  Type    Reason   Age   From     Message\n  ----    ------   ----  ----     -------\n${rows.map((r) => `  ${r}\n`).join('')}`;

describe('onlyEventOrderDiffers', () => {
  it('accepts the same event rows in another order', () => {
    expect(onlyEventOrderDiffers(block(['Normal  Pulled  1s  kubelet  a', 'Normal  Created  1s  kubelet  b']), block(['Normal  Created  1s  kubelet  b', 'Normal  Pulled  1s  kubelet  a']))).toBe(true);
  });

  it('rejects a difference in any row', () => {
    expect(onlyEventOrderDiffers(block(['Normal  Pulled  1s  kubelet  a']), block(['Normal  Pulled  2s  kubelet  a']))).toBe(false);
  });

  it('rejects identical outputs (nothing to excuse)', () => {
    expect(onlyEventOrderDiffers(block(['a']), block(['a']))).toBe(false);
  });
});
