// The five characters kubectl appends to generated names (debugger-xxxxx), from the alphabet of
// apimachinery's rand.String (no vowels, no look-alikes).
// Departure: kubectl draws them at random; PodLab derives them from what the command acts on and
// the moment it runs (an FNV-1a hash stirred with xorshift), so a replayed lab prints the same names.
// Models staging/src/k8s.io/apimachinery/pkg/util/rand/rand.go (String).

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export function nameSuffix(seed: string, length = 5): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    out += ALPHANUMS[h % ALPHANUMS.length];
  }
  return out;
}
