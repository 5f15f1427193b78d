import { describe, expect, it } from 'vitest';
import { decode } from '../../src/load/decode.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decode', () => {
  it.each<[string, Uint8Array, string | null, Array<[string, number]>]>([
    ['plain UTF-8', bytes('# T\n'), '# T\n', []],
    ['a BOM is removed', bytes([0xef, 0xbb, 0xbf], '# T\n'), '# T\n', []],
    ['Latin-1 mid-line', bytes('a\nb\ncaf', [0xe9], ' x\n'), 'a\nb\ncaf\uFFFD x\n', [['encoding', 3]]],
    ['Latin-1 just before a newline', bytes('a\nb', [0xe9], '\nc\n'), 'a\nb\uFFFD\nc\n', [['encoding', 2]]],
    ['a cut sequence at the end', bytes('a\n', [0xe2, 0x82]), 'a\n\uFFFD', [['encoding', 2]]],
    ['NUL bytes: binary, skipped', bytes('a\n\0b'), null, [['binary', 2]]],
  ])('%s', (_name, input, text, diagnostics) => {
    const decoded = decode('f.md', input);
    expect(decoded.text).toBe(text);
    expect(decoded.diagnostics.map((d) => [d.rule, d.line])).toEqual(diagnostics);
  });
});
