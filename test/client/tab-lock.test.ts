import { describe, it, expect } from 'vitest';
import { yieldsTo } from '../../src/client/tab-lock.ts';

describe('two tabs claiming one lab', () => {
  it.each([
    [{ tab: 'a', at: 1 }, { tab: 'b', at: 2 }, true],
    [{ tab: 'b', at: 2 }, { tab: 'a', at: 1 }, false],
    [{ tab: 'a', at: 5 }, { tab: 'b', at: 5 }, true],
    [{ tab: 'b', at: 5 }, { tab: 'a', at: 5 }, false],
  ])('an owner holding %o yields to %o: %s', (mine, theirs, yields) => {
    expect(yieldsTo(mine, theirs)).toBe(yields);
  });
});
