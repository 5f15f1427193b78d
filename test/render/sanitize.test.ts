import { stripVTControlCharacters } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise } from '../../src/render/sanitize.js';

/** What must never reach a terminal: C0 and C1 controls, DEL, and bidirectional controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

describe('neutralise', () => {
  it.each([
    ['plain text', 'Ship the API', 'Ship the API'],
    ['emoji and accents', 'Café 🔴 done ✅', 'Café 🔴 done ✅'],
    ['an emoji joined by ZWJ', 'team 👩\u200d💻', 'team 👩\u200d💻'],
    ['CSI colour', `${ESC}[31mred${ESC}[0m`, 'red'],
    ['CSI erase line and cursor up', `fake${ESC}[2K${ESC}[1A done`, 'fake done'],
    ['CSI private mode', `${ESC}[?25lhidden cursor`, 'hidden cursor'],
    ['CSI title report request', `${ESC}[21tx`, 'x'],
    ['OSC 8 hyperlink with ST', `${ESC}]8;;https://evil.example${ST}click${ESC}]8;;${ST}`, 'click'],
    ['OSC 8 hyperlink with BEL', `${ESC}]8;;https://evil.example${BEL}click${ESC}]8;;${BEL}`, 'click'],
    ['OSC 52 clipboard write', `a${ESC}]52;c;Y3VybCBldmlsfHNo${BEL}b`, 'ab'],
    ['OSC 0 window title', `${ESC}]0;pwned title${BEL}task`, 'task'],
    ['ConEmu OSC 9;7 run', `${ESC}]9;7;calc.exe${ST}task`, 'task'],
    ['an unterminated OSC', `task${ESC}]52;c;Y3Vy`, 'task'],
    ['DCS', `${ESC}Pq#0;2;0;0;0${ST}after`, 'after'],
    ['APC, PM and SOS', `${ESC}_apc${ST}${ESC}^pm${ST}${ESC}Xsos${ST}x`, 'x'],
    ['8-bit CSI', '\u009b31mred\u009b0m', 'red'],
    ['8-bit OSC', '\u009d0;title\u009cafter', 'after'],
    ['8-bit DCS', '\u0090q\u009cafter', 'after'],
    ['a lone ESC', `a${ESC}`, 'a'],
    ['ESC c (terminal reset)', `a${ESC}cb`, 'ab'],
    ['BEL', `ding${BEL}`, 'ding'],
    ['NUL', 'a\u0000b', 'ab'],
    ['backspace over text', 'safe\b\b\b\bEVIL', 'safeEVIL'],
    ['carriage return overwriting the line', 'fine\rFAKE', 'fine FAKE'],
    ['newline and tab', 'one\ntwo\tthree', 'one two three'],
    ['DEL', 'a\u007fb', 'ab'],
    ['right-to-left override', 'txt.\u202eexe.md', 'txt.exe.md'],
    ['isolates', 'a\u2066b\u2067c\u2068d\u2069e', 'abcde'],
    ['embeddings and marks', '\u202aa\u202bb\u202cc\u202dd\u200ee\u200ff\u061cg', 'abcdefg'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a b c'],
  ])('%s', (_name, input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });

  it.each([
    ['an OSC 0 title ended by BEL', `${ESC}]0;pwned title${BEL}`],
    ['a lone ESC', `a${ESC}b`],
    ['NUL', 'a\u0000b'],
    ['BEL', `a${BEL}b`],
    ['backspace', 'a\bb'],
    ['a right-to-left override', 'a\u202eb'],
    ['an isolate', 'a\u2066b'],
    ['an 8-bit OSC', '\u009d0;title\u009c'],
    ['an 8-bit DCS', '\u0090q\u009c'],
    ['NEL', 'a\u0085b'],
  ])('is stricter than util.stripVTControlCharacters on %s', (_name, input) => {
    expect(stripVTControlCharacters(input)).toMatch(UNSAFE);
    expect(neutralise(input)).not.toMatch(UNSAFE);
  });

  it('never lets a control character through, and leaves safe text as it is', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(ESC, '[', ']', 'P', '\\', BEL, '\u009b', '\u009c', '\u009d', '\u0090', ';', '8', '2K', '\u202e', '\u2066', '\n'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const output = neutralise(parts.join(''));
        expect(output).not.toMatch(UNSAFE);
        expect(neutralise(output)).toBe(output);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        fc.pre(!UNSAFE.test(text));
        expect(neutralise(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
