/**
 * `lint --fix`: repairs what is certain — status markers written as mojibake become the emoji
 * they were — and nothing else. The edit is made in the text exactly where the parser found each
 * marker; every other character, and so every other byte (BOM, line endings, a missing final
 * newline), stays as it was. Pure: bytes in, bytes out.
 */
import { decode } from '../load/decode.js';
import type { Settings } from '../model/types.js';
import { parseRoadmap } from '../parse/document.js';
import { MOJIBAKE } from '../parse/markers.js';

export interface MarkerFix {
  line: number;
  /** The mojibake as written. */
  from: string;
  /** The emoji put in its place. */
  to: string;
}

export type FixResult =
  | { kind: 'fixed'; bytes: Uint8Array; fixes: MarkerFix[] }
  | { kind: 'unchanged' }
  /** The file is not text this tool may rewrite; `reason` says why, in a few words. */
  | { kind: 'refused'; reason: string };

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export function fixMojibake(file: string, bytes: Uint8Array, settings: Pick<Settings, 'milestoneDepth'>): FixResult {
  const decoded = decode(file, bytes);
  // Rewriting text read with replacement characters would destroy the bytes it could not read.
  if (decoded.text === null || decoded.diagnostics.length > 0) {
    return { kind: 'refused', reason: decoded.text === null ? 'a binary file' : 'not valid UTF-8' };
  }
  const text = decoded.text;
  const document = parseRoadmap({ path: file, text, diagnostics: [] }, settings);
  const starts = lineStarts(text);
  const edits: Array<MarkerFix & { offset: number }> = [];
  for (const milestone of document.milestones) {
    if (!milestone.markerMojibake) continue;
    const entry = MOJIBAKE.find(([, , marker]) => marker === milestone.marker);
    const start = starts[milestone.line - 1];
    if (!entry || start === undefined) continue;
    const end = starts[milestone.line] ?? text.length;
    // The heading's text starts with the marker, so its first occurrence on the line is it.
    const at = text.slice(start, end).indexOf(entry[0]);
    if (at === -1) continue;
    edits.push({ line: milestone.line, from: entry[0], to: entry[1], offset: start + at });
  }
  if (edits.length === 0) return { kind: 'unchanged' };

  let fixed = '';
  let from = 0;
  for (const edit of edits.sort((a, b) => a.offset - b.offset)) {
    fixed += text.slice(from, edit.offset) + edit.to;
    from = edit.offset + edit.from.length;
  }
  fixed += text.slice(from);
  const body = new TextEncoder().encode(fixed);
  const out = hasBom(bytes) ? concat(BOM, body) : body;
  return { kind: 'fixed', bytes: out, fixes: edits.map(({ line, from: was, to }) => ({ line, from: was, to })) };
}

/** Offsets where each line starts; CR, LF and CRLF all end a line, as in CommonMark. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const ending = /\r\n|\r|\n/g;
  for (let match = ending.exec(text); match; match = ending.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
