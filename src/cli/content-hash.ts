/**
 * A 128-bit hash of cache-key material, in plain JavaScript: loading node:crypto (and the
 * streams it pulls in) costs a warm run more time than hashing its files. Text is hashed as UTF-16
 * code units, two to a 32-bit word, read straight from the string (no encoding pass); bytes four
 * to a word, through a typed-array view. Each word goes into four lanes of multiply-xorshift
 * (cyrb53's scheme, widened), each avalanched at the end. It tells contents apart for the parse
 * cache; it is not meant to resist someone who crafts collisions — whoever can write the files can
 * write what the cache would say. Words of bytes are read in the machine's byte order: a cache
 * moved to a machine of the other order misses, and is filled again.
 */
export function contentHash(...parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = new Lanes();
  for (const part of parts) {
    if (typeof part === 'string') hash.text(part);
    else hash.bytes(part);
  }
  return hash.digest();
}

/**
 * The four lanes. Each kind of part has its own loop in its own method: a warm run hashes
 * hundreds of files once each, mostly before the optimising compiler has caught up, and a loop
 * that only ever sees one kind of value is optimised soonest and never thrown away.
 */
class Lanes {
  // `| 0`: small integers from the start, so the fields never hold boxed numbers.
  a = 0xdeadbeef | 0;
  b = 0x41c6ce57 | 0;
  c = 0x9e3779b9 | 0;
  d = 0x85ebca6b | 0;

  text(part: string): void {
    let { a, b, c, d } = this;
    const even = part.length & ~1;
    for (let i = 0; i < even; i += 2) {
      const word = part.charCodeAt(i) | (part.charCodeAt(i + 1) << 16);
      a = Math.imul(a ^ word, 2654435761);
      b = Math.imul(b ^ word, 1597334677);
      c = Math.imul(c ^ word, 2246822507);
      d = Math.imul(d ^ word, 3266489909);
    }
    this.set(a, b, c, d);
    // The odd last unit, then the length: ("ab", "c") and ("a", "bc") differ.
    this.end(even < part.length ? part.charCodeAt(even) + 1 : 0, part.length);
  }

  bytes(part: Uint8Array): void {
    let { a, b, c, d } = this;
    const words = wordsOf(part);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      a = Math.imul(a ^ word, 2654435761);
      b = Math.imul(b ^ word, 1597334677);
      c = Math.imul(c ^ word, 2246822507);
      d = Math.imul(d ^ word, 3266489909);
    }
    this.set(a, b, c, d);
    // Up to three last bytes, above a 1 that keeps trailing zero bytes apart from none; negated,
    // so that bytes never end the way text does.
    let tail = 1;
    for (let i = words.length * 4; i < part.length; i++) tail = (tail << 8) | part[i]!;
    this.end(~tail, part.length);
  }

  digest(): string {
    const { a, b, c, d } = this;
    return hex(mix(a, b)) + hex(mix(b, c)) + hex(mix(c, d)) + hex(mix(d, a));
  }

  private set(a: number, b: number, c: number, d: number): void {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  private end(tail: number, length: number): void {
    this.a = Math.imul(this.a ^ tail, 2654435761);
    this.b = Math.imul(this.b ^ tail, 1597334677);
    this.c = Math.imul(this.c ^ length, 2246822507);
    this.d = Math.imul(this.d ^ length, 3266489909);
  }
}

/** The whole 32-bit words of `bytes`; copied first when they do not start on a word boundary. */
function wordsOf(bytes: Uint8Array): Int32Array {
  // A copy of its own (a Buffer's slice() would share the memory, and its offset).
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

function mix(x: number, y: number): number {
  let h = Math.imul(x ^ (x >>> 16), 2246822507) ^ Math.imul(y ^ (y >>> 13), 3266489909);
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  return h ^ (h >>> 13);
}
