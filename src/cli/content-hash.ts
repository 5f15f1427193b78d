/**
 * A 128-bit hash of cache-key material, in plain JavaScript: loading node:crypto (and the
 * streams it pulls in) costs a warm run more time than hashing its files. Four lanes of
 * multiply-xorshift over pairs of UTF-16 code units (cyrb53's scheme, widened), each avalanched at the
 * end. It tells contents apart for the parse cache; it is not meant to resist someone who crafts
 * collisions — whoever can write the files can write what the cache would say.
 */
export function contentHash(...parts: string[]): string {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  let c = 0x9e3779b9;
  let d = 0x85ebca6b;
  for (const part of parts) {
    // Two UTF-16 code units per step: half the multiplications of one at a time.
    for (let i = 0; i < part.length; i += 2) {
      const code = part.charCodeAt(i) | (i + 1 < part.length ? part.charCodeAt(i + 1) << 16 : 0);
      a = Math.imul(a ^ code, 2654435761);
      b = Math.imul(b ^ code, 1597334677);
      c = Math.imul(c ^ code, 2246822507);
      d = Math.imul(d ^ code, 3266489909);
    }
    // Parts are separated, so that ("ab", "c") and ("a", "bc") differ.
    a = Math.imul(a ^ 0x1f, 2654435761);
    b = Math.imul(b ^ 0x1f, 1597334677);
  }
  return [mix(a, b), mix(b, c), mix(c, d), mix(d, a)].map((n) => (n >>> 0).toString(16).padStart(8, '0')).join('');
}

function mix(x: number, y: number): number {
  let h = Math.imul(x ^ (x >>> 16), 2246822507) ^ Math.imul(y ^ (y >>> 13), 3266489909);
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  return h ^ (h >>> 13);
}
