/** The cache's key hash: equal input, equal hash; any difference of text, bytes or split, another. */
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/cli/content-hash.js';

describe('contentHash', () => {
  it('is 32 hex digits, the same for the same parts', () => {
    expect(contentHash('a', Buffer.from('bc'))).toMatch(/^[0-9a-f]{32}$/);
    expect(contentHash('a', Buffer.from('bc'))).toBe(contentHash('a', Buffer.from('bc')));
  });

  it.each<[string, Array<string | Uint8Array>, Array<string | Uint8Array>]>([
    ['text split differently', ['ab', 'c'], ['a', 'bc']],
    ['text against the same bytes', ['ab'], [Buffer.from('ab')]],
    ['a trailing zero byte', [Buffer.from([1, 2, 3, 4, 5])], [Buffer.from([1, 2, 3, 4, 5, 0])]],
    ['bytes split differently', [Buffer.from([1, 2]), Buffer.from([3])], [Buffer.from([1]), Buffer.from([2, 3])]],
    ['one byte in a long run', [Buffer.alloc(4096, 7)], [Buffer.from(Buffer.alloc(4096, 7).fill(8, 2047, 2048))]],
    ['an empty part', ['a'], ['a', '']],
  ])('tells apart %s', (_name, one, other) => {
    expect(contentHash(...one)).not.toBe(contentHash(...other));
  });

  it('hashes bytes alike wherever they start in their buffer', () => {
    const bytes = Buffer.from('a roadmap, hashed from an odd offset\n');
    for (let shift = 1; shift < 4; shift++) {
      const moved = Buffer.alloc(bytes.length + shift).subarray(shift);
      moved.set(bytes);
      expect(contentHash('x', moved)).toBe(contentHash('x', bytes));
    }
  });
});
