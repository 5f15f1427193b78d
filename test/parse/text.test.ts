import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseKey } from '../../src/parse/text.js';

/** normaliseKey as it was written first: one Unicode pattern for every key. */
function byUnicodeClasses(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('normaliseKey', () => {
  it('lower-cases, drops punctuation and folds white space, in any script', () => {
    expect(normaliseKey('  Depends-On:  ')).toBe('depends on');
    expect(normaliseKey('Owner\t(Team)')).toBe('owner team');
    expect(normaliseKey('Fälligkeit / Équipe')).toBe('fälligkeit équipe');
    expect(normaliseKey('期限 ・ 担当')).toBe('期限 担当');
    // The Kelvin sign lower-cases to an ASCII k.
    expect(normaliseKey('\u212Aey')).toBe('key');
  });

  it('gives what the Unicode pattern gives, for ASCII keys and for any other', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (key) => normaliseKey(key) === byUnicodeClasses(key)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (key) => normaliseKey(key) === byUnicodeClasses(key)));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '\t', '\u00a0', '\u2028', '-', '_', 'é', '\u212A', 'İ', '٣', '!') }), (key) => normaliseKey(key) === byUnicodeClasses(key)));
  });
});
