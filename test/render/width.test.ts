import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, loadWidthTables, padEndWidth, padStartWidth, terminalWidth, truncateWidth, wrapWidth } from '../../src/render/width.js';

// The tables load for a report that holds text beyond ASCII, as this does.
beforeAll(() => loadWidthTables({ title: 'データ移行' }));

// Widths as a terminal draws them (East Asian Wide and emoji take two columns).
describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'Security Hardening', 18],
    ['Japanese', 'データ移行', 10],
    ['Korean', '한국어', 6],
    ['stop sign emoji', '⛔', 2],
    ['ZWJ sequence', '👩‍💻', 2],
    ['decomposed é', 're\u0301sume\u0301', 6],
    ['precomposed é', 'résumé', 6],
    ['heavy check mark', '✔', 1],
    ['marker emoji', '🔴🟡🟢✅', 8],
    ['empty', '', 0],
  ])('%s: %j is %i columns', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('truncateWidth', () => {
  it.each([
    ['fits as it is', 'Security', 8, 'Security'],
    ['cut with an ellipsis', 'Security Hardening', 10, 'Security…'],
    ['never splits a wide character', 'データ移行', 5, 'デー…'],
    ['never splits a ZWJ sequence', 'ab👩‍💻cd', 4, 'ab…'],
    ['keeps a combining accent with its letter', 're\u0301sume\u0301', 3, 're\u0301…'],
    ['zero width gives nothing', 'abc', 0, ''],
  ])('%s', (_name, text, width, expected) => {
    const cut = truncateWidth(text, width);
    expect(cut).toBe(expected);
    expect(displayWidth(cut)).toBeLessThanOrEqual(width);
  });
});

describe('padding by display width', () => {
  it.each([
    ['ASCII', 'abc', 6, 'abc   '],
    ['Japanese', 'データ', 8, 'データ  '],
    ['emoji', '⛔', 4, '⛔  '],
    ['already wider', 'abcdef', 3, 'abcdef'],
  ])('padEndWidth, %s', (_name, text, width, expected) => {
    expect(padEndWidth(text, width)).toBe(expected);
  });

  it('padStartWidth puts the spaces first', () => {
    expect(padStartWidth('한국', 6)).toBe('  한국');
  });
});

describe('wrapWidth', () => {
  it.each([
    ['fits on one line', 'one two three', 20, '', ['one two three']],
    ['breaks at spaces', 'one two three four', 9, '', ['one two', 'three', 'four']],
    ['indents the lines after the first', 'one two three four', 10, '  ', ['one two', '  three', '  four']],
    ['cuts a word wider than a line', 'abcdefghij', 4, '', ['abcd', 'efgh', 'ij']],
    ['counts wide characters as two', 'データ 移行 です', 7, '', ['データ', '移行', 'です']],
  ])('%s', (_name, text, width, indent, expected) => {
    const lines = wrapWidth(text, width, indent);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe('wrapWidth with a measure of its own', () => {
  it('counts characters when told to, as a chart does', () => {
    expect(wrapWidth('データ 移行 です', 7, '', (text) => Array.from(text).length)).toEqual(['データ 移行', 'です']);
  });
});

describe('terminalWidth', () => {
  it.each([
    ['the terminal first', 120, { COLUMNS: '100' }, 120],
    ['else COLUMNS', undefined, { COLUMNS: '100' }, 100],
    ['else 80', undefined, {}, 80],
    ['COLUMNS that is not a number', undefined, { COLUMNS: 'wide' }, 80],
    ['never below 40', 20, {}, 40],
  ])('%s', (_name, columns, env, expected) => {
    expect(terminalWidth(columns, env)).toBe(expected);
  });
});
