/**
 * Bytes → text. UTF-8 with its BOM removed. UTF-16 with a byte-order mark (what Windows
 * PowerShell 5 writes with `>`) is decoded, with an `encoding` warning, rather than mistaken for
 * binary: its tasks count like any other.
 *
 * What cannot be read as the text it is fails closed: an error marked unjudged, so that the gate
 * cannot pass the file (DESIGN.md §5: the run goes on, and exits 2). That is a file with NUL
 * bytes (binary, skipped), invalid UTF-8 (read with replacement characters, so that its tasks
 * still show), and a UTF-16 byte-order mark in front of bytes that are not UTF-16 (read as the
 * UTF-8 they are).
 */
import type { Diagnostic } from '../model/types.js';

export interface Decoded {
  /** The text, or null when the file was skipped. */
  text: string | null;
  diagnostics: Diagnostic[];
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(file: string, bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeUtf16(file, bytes, utf16);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      text: null,
      diagnostics: [unjudged(file, lineAt(bytes, nul), 'binary', 'binary file (NUL bytes) skipped: not judged')],
    };
  }
  return decodeUtf8(file, hasBom(bytes) ? bytes.subarray(3) : bytes, []);
}

function decodeUtf8(file: string, body: Uint8Array, diagnostics: Diagnostic[]): Decoded {
  try {
    return { text: strict.decode(body), diagnostics };
  } catch {
    const text = lenient.decode(body);
    const message = 'not valid UTF-8: read with replacement characters, not judged';
    return { text, diagnostics: [...diagnostics, unjudged(file, firstInvalidLine(body), 'encoding', message)] };
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeUtf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  // Every character of UTF-16 below U+0100 (all of markdown's syntax) has a zero byte: bytes
  // without one are not UTF-16, whatever their first two say.
  if (bytes.length > 2 && bytes.indexOf(0, 2) === -1) {
    const message = 'starts with a UTF-16 byte order mark but is not UTF-16: read as UTF-8, not judged';
    return decodeUtf8(file, bytes.subarray(2), [unjudged(file, 1, 'encoding', message)]);
  }
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    return { text: null, diagnostics: [unjudged(file, line, 'binary', 'binary file (NUL characters) skipped: not judged')] };
  }
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  return { text, diagnostics: [warning(file, 1, 'encoding', `${name} text read; roadmap files should be UTF-8`)] };
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The line of the first invalid byte. A newline byte is never part of a multi-byte sequence, so
 * each line can be checked on its own.
 */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      strict.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    line++;
    start = end + 1;
  }
  return line;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function warning(file: string, line: number, rule: 'binary' | 'encoding', message: string): Diagnostic {
  return { file, line, column: 1, severity: 'warning', rule, message };
}

function unjudged(file: string, line: number, rule: 'binary' | 'encoding', message: string): Diagnostic {
  return { file, line, column: 1, severity: 'error', rule, message, unjudged: true };
}
