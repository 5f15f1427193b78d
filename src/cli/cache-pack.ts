/**
 * The file a run pack is kept in: the documents of every file of a run, each under its key.
 *
 *   "RMPK"  4 bytes
 *   n       32-bit unsigned, little-endian: the length of the header
 *   header  n bytes of UTF-8 JSON: {"keys": [...], "offsets": [...], "strings": [...]}
 *   (zero bytes up to a multiple of 4)
 *   stream  32-bit integers in the machine's byte order, the first one BYTE_ORDER; each key's
 *           document (document-codec.ts) starts at its offset
 *
 * The stream is binary so that reading it is a view on the file's bytes: no text to scan, no
 * array of numbers to build. A pack written on a machine of the other byte order reads as no pack.
 */
import type { RoadmapDocument } from '../model/types.js';
import { DocumentDecoder, encodeDocument, type Stream, StringTable } from './document-codec.js';

const MAGIC = 'RMPK';
const BYTE_ORDER = 0x01020304;

export interface PackEntry {
  key: string;
  document: RoadmapDocument;
}

export function packBytes(entries: readonly PackEntry[]): Uint8Array {
  const table = new StringTable();
  const stream: Stream = [BYTE_ORDER];
  const offsets = entries.map(({ document }) => {
    const offset = stream.length;
    encodeDocument(document, table, stream);
    return offset;
  });
  const header = Buffer.from(JSON.stringify({ keys: entries.map(({ key }) => key), offsets, strings: table.strings }));
  const start = wordAligned(8 + header.length);
  const bytes = Buffer.alloc(start + stream.length * 4);
  bytes.write(MAGIC, 0, 'latin1');
  bytes.writeUInt32LE(header.length, 4);
  header.copy(bytes, 8);
  new Int32Array(bytes.buffer, bytes.byteOffset + start, stream.length).set(stream);
  return bytes;
}

/**
 * The pack's documents by key; undefined when `bytes` is not a pack, or any part of it is
 * damaged (each document is read in full, and checked as it is read).
 */
export function unpack(bytes: Buffer): Map<string, RoadmapDocument> | undefined {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const headerLength = bytes.readUInt32LE(4);
  const start = wordAligned(8 + headerLength);
  if (start > bytes.length || (bytes.length - start) % 4 !== 0) return undefined;
  const header = parseJson(bytes.toString('utf8', 8, 8 + headerLength));
  if (!header) return undefined;
  const { keys, offsets, strings } = header;
  if (!Array.isArray(keys) || !Array.isArray(offsets) || !Array.isArray(strings) || keys.length !== offsets.length) return undefined;

  // A view needs its start on a word boundary; the file's buffer normally has it, else a copy.
  const body = (bytes.byteOffset + start) % 4 === 0 ? bytes.subarray(start) : new Uint8Array(bytes.subarray(start));
  const stream = new Int32Array(body.buffer, body.byteOffset, body.length / 4);
  if (stream[0] !== BYTE_ORDER) return undefined;
  const decoder = new DocumentDecoder(stream, strings);
  const documents = new Map<string, RoadmapDocument>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const offset = offsets[i];
    const document = typeof key === 'string' && typeof offset === 'number' ? decoder.tryDocument(offset) : undefined;
    if (!document) return undefined;
    documents.set(key, document);
  }
  return documents;
}

/** A JSON object, or undefined for anything else (including text that is not JSON). */
export function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function wordAligned(offset: number): number {
  return (offset + 3) & ~3;
}
