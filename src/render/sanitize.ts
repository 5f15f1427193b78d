/**
 * Roadmap text is data: before it reaches a terminal, every control character and escape
 * sequence goes — CSI, OSC, DCS and the other string sequences, C1 controls, lone ESC, BEL, NUL,
 * and the bidirectional controls that can make a line read differently than it runs.
 * Stricter than util.stripVTControlCharacters, which leaves C1 controls, lone ESC, BEL, NUL, an
 * OSC whose text has a space, and bidi marks. Line and paragraph separators become spaces.
 */

// ESC-introduced sequences: CSI (ESC [ … final), string sequences (OSC ] , DCS P, SOS X,
// PM ^, APC _) up to BEL or ST, and two-byte escapes.
const ESCAPE_SEQUENCE =
  /\u001b\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// 8-bit CSI and string introducers with their bodies.
const C1_SEQUENCE = /\u009b[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|[\u0090\u0098\u009d\u009e\u009f][^\u0007\u009c]*[\u0007\u009c]?/g;
// Whatever control is left: C0 (tab and newline kept by the caller's choice), DEL, C1, bidi.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on one terminal line: controls removed, tabs and newlines to spaces. */
export function neutralise(text: string): string {
  // Most text holds nothing to remove: one scan, and no copies.
  if (!ANYTHING_TO_REMOVE.test(text)) return text;
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(C1_SEQUENCE, '')
    .replace(/[\t\n\r\u2028\u2029]/g, ' ')
    .replace(CONTROL, '');
}

/** Every character any step above acts on: ESC, C0 and C1 controls, DEL, bidi, separators. */
const ANYTHING_TO_REMOVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** The same for text of several lines (a stack, commander's messages): each line neutralised. */
export function neutraliseLines(text: string): string {
  return text.split('\n').map(neutralise).join('\n');
}

// Characters JSON.stringify leaves raw that a terminal may still act on: DEL, C1, bidi, and the
// line separators. Inside JSON they can only be in strings, where `\uXXXX` means the same.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with every character a terminal could act on written as an escape: same value. */
export function escapeJsonControls(json: string): string {
  // `##[` anywhere in a line is a workflow command to the Actions runner (its legacy syntax); as
  // `\u0023#[` the value is the same and the line is inert, so JSON needs no other defusing.
  return json
    .replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll('##[', '\\u0023#[');
}
