import { describe, expect, it } from 'vitest';
import { humanDuration, humanSize, tabwrite, truncatedId } from '../../../src/machine/node/crictl-tables.ts';

describe('crictl tables', () => {
  it.each([
    [500, 'Less than a second'], [1000, '1 second'], [8000, '8 seconds'], [60_000, 'About a minute'], [150_000, '2 minutes'],
    [3_600_000, 'About an hour'], [5_400_000, '2 hours'], [47 * 3_600_000, '47 hours'], [3 * 86_400_000, '3 days'], [15 * 86_400_000, '2 weeks'],
  ])('says %i ms as %s, as docker/go-units does', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it.each([[320_000, '320kB'], [72_100_000, '72.1MB'], [1_148_000, '1.15MB'], [999, '999B'], [56_900_000, '56.9MB']])('sizes %i bytes as %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });

  it('truncates ids to 13 characters after their algorithm', () => {
    expect(truncatedId('sha256:c90420b492c27aaaaaaaaaaaaa', 'sha256:')).toBe('c90420b492c27');
    expect(truncatedId('5d7da2690053c25b3130cd2b3b')).toBe('5d7da2690053c');
  });

  it('pads every cell but the last to at least 20 columns, 3 past the widest', () => {
    expect(tabwrite([['POD ID', 'NAME', 'STATE'], ['d48da08d52182', 'static-web-node01-long', 'Ready']])).toBe(
      'POD ID              NAME                     STATE\nd48da08d52182       static-web-node01-long   Ready\n',
    );
  });
});
