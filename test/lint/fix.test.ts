/** fixMojibake: only the markers change, every other byte stays. */
import { describe, expect, it } from 'vitest';
import { fixMojibake } from '../../src/lint/fix.js';
import { DEFAULT_SETTINGS } from '../../src/model/tier.js';
import { seedText } from '../helpers/fixtures.js';

const encode = (text: string) => new TextEncoder().encode(text);
const BOM = '\uFEFF';

/** The text with each marker's mojibake replaced by hand, for comparison. */
function repaired(text: string): string {
  return text.replaceAll('游댮', '🔴').replaceAll('游리', '🟡').replaceAll('游릭', '🟢').replaceAll('游댯', '🔵');
}

function fix(text: string) {
  return fixMojibake('roadmap/a.md', encode(text), DEFAULT_SETTINGS);
}

describe('fixMojibake on the seed', () => {
  const seed = seedText();

  it.each([
    ['as it is (LF, final newline)', seed],
    ['with CRLF line ends and a BOM', BOM + seed.replaceAll('\n', '\r\n')],
    ['without its final newline', seed.replace(/\n+$/, '')],
    ['with CRLF, a BOM and no final newline', BOM + seed.replace(/\n+$/, '').replaceAll('\n', '\r\n')],
    ['with CR line ends', seed.replaceAll('\n', '\r')],
  ])('%s: only the emoji change', (_name, text) => {
    const result = fix(text);
    expect(result.kind).toBe('fixed');
    if (result.kind !== 'fixed') return;
    expect(Buffer.from(result.bytes).equals(Buffer.from(encode(repaired(text))))).toBe(true);
    expect(result.fixes.map((f) => `${f.line} ${f.from} ${f.to}`)).toEqual([
      '12 游댮 🔴',
      '26 游리 🟡',
      '36 游리 🟡',
      '46 游리 🟡',
      '56 游릭 🟢',
    ]);
  });

  it('leaves a fixed file as it is', () => {
    expect(fix(repaired(seed))).toEqual({ kind: 'unchanged' });
  });
});

describe('fixMojibake repairs markers and nothing else', () => {
  it.each([
    [
      'a marker with front matter above it',
      '---\ntitle: T\n---\n\n## 游댯 A\n- [ ] a\n',
      '---\ntitle: T\n---\n\n## 🔵 A\n- [ ] a\n',
    ],
    [
      'mojibake in task text, prose and a code block stays',
      '## 游댮 A\n- [ ] see 游댮\n\n游리 prose\n\n```\n## 游릭 not a heading\n```\n',
      '## 🔴 A\n- [ ] see 游댮\n\n游리 prose\n\n```\n## 游릭 not a heading\n```\n',
    ],
    ['a marker inside emphasis', '## **游리** A\n- [ ] a\n', '## **🟡** A\n- [ ] a\n'],
    ['a setext heading', '游릭 A\n---\n- [ ] a\n', '🟢 A\n---\n- [ ] a\n'],
  ])('%s', (_name, text, expected) => {
    const result = fix(text);
    expect(result.kind).toBe('fixed');
    if (result.kind === 'fixed') expect(new TextDecoder().decode(result.bytes)).toBe(expected);
  });

  it('refuses bytes that are not valid UTF-8', () => {
    const bytes = new Uint8Array([...encode('## 游댮 A\n- [ ] a\n'), 0xff, 0x0a]);
    expect(fixMojibake('a.md', bytes, DEFAULT_SETTINGS)).toEqual({ kind: 'refused', reason: 'not valid UTF-8' });
  });

  it('refuses a binary file', () => {
    const bytes = new Uint8Array([...encode('## 游댮 A\n'), 0x00]);
    expect(fixMojibake('a.md', bytes, DEFAULT_SETTINGS)).toEqual({ kind: 'refused', reason: 'a binary file' });
  });
});
