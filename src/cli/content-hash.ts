/**
 * A 128-bit hash of cache-key material, in plain JavaScript: loading node:crypto (and the
 * streams it pulls in) costs a warm run more time than hashing its files. The text is hashed as
 * UTF-16 code units, two to a 32-bit word, read straight from the string (no encoding pass, no
 * allocation), in four lanes of multiply-xorshift (cyrb53's scheme, widened), each avalanched at
 * the end. It tells contents apart for the parse cache; it is not meant to resist someone who
 * crafts collisions — whoever can write the files can write what the cache would say.
 */
export function contentHash(...parts: string[]): string {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  let c = 0x9e3779b9;
  let d = 0x85ebca6b;
  for (const part of parts) {
    const even = part.length & ~1;
    for (let i = 0; i < even; i += 2) {
      const word = part.charCodeAt(i) | (part.charCodeAt(i + 1) << 16);
      a = Math.imul(a ^ word, 2654435761);
      b = Math.imul(b ^ word, 1597334677);
      c = Math.imul(c ^ word, 2246822507);
      d = Math.imul(d ^ word, 3266489909);
    }
    // The odd last unit, then the length: ("ab", "c") and ("a", "bc") differ.
    const tail = even < part.length ? part.charCodeAt(even) + 1 : 0;
    a = Math.imul(a ^ tail, 2654435761);
    b = Math.imul(b ^ tail, 1597334677);
    c = Math.imul(c ^ part.length, 2246822507);
    d = Math.imul(d ^ part.length, 3266489909);
  }
  return [mix(a, b), mix(b, c), mix(c, d), mix(d, a)].map((n) => (n >>> 0).toString(16).padStart(8, '0')).join('');
}

function mix(x: number, y: number): number {
  let h = Math.imul(x ^ (x >>> 16), 2246822507) ^ Math.imul(y ^ (y >>> 13), 3266489909);
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  return h ^ (h >>> 13);
}
