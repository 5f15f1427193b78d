/**
 * The cache's document codec: a document read back is the document written, field for field and
 * in the schema's key order, for every fixture and real roadmap; every key of every schema is
 * written; a damaged stream is refused, never half read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packBytes, unpack } from '../../src/cli/cache-pack.js';
import { DocumentDecoder, encodeDocument, type Stream, StringTable } from '../../src/cli/document-codec.js';
import { DEFAULT_SETTINGS } from '../../src/model/tier.js';
import * as schema from '../../src/model/schema.js';
import type { RoadmapDocument } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/document.js';
import { parseSimpleRoadmap } from '../../src/parse/simple-document.js';
import { corpusFiles } from '../helpers/corpus.js';
import { FIXTURES } from '../helpers/fixtures.js';

function roundTrip(document: RoadmapDocument): RoadmapDocument | undefined {
  const table = new StringTable();
  const stream: Stream = [];
  encodeDocument(document, table, stream);
  // Through JSON, as an entry is kept.
  const { strings, stream: read } = JSON.parse(JSON.stringify({ strings: table.strings, stream }));
  return new DocumentDecoder(read, strings).tryDocument(0);
}

/** `path → text` of every markdown file below `dir`. */
function markdownBelow(dir: string): Array<[string, string]> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}

const parsed = (path: string, text: string): RoadmapDocument => parseRoadmap({ path, text, diagnostics: [] }, DEFAULT_SETTINGS);

/** The fast path's document too, where it reads the file: the cache keeps whichever the CLI made. */
const fastPath = (path: string, text: string): Array<[string, RoadmapDocument]> => {
  const document = parseSimpleRoadmap({ path, text, diagnostics: [] }, DEFAULT_SETTINGS);
  return document ? [[`${path} (fast path)`, document]] : [];
};

/** A document with every optional part present, and a value of each kind in each union. */
const FULL: RoadmapDocument = {
  file: 'roadmap/full.md',
  title: 'Full',
  release: 'v2',
  priority: 'high',
  blocking: true,
  fields: [
    {
      key: 'Generated',
      name: 'generated',
      value: '2026-01-01',
      references: [{ target: 'docs/plan.md', line: 3, column: 18 }],
      line: 3,
      column: 1,
    },
  ],
  milestones: [
    {
      title: 'Tasks above any heading',
      section: null,
      marker: null,
      markerMojibake: false,
      depth: 0,
      line: 5,
      column: 1,
      implicit: true,
      fields: [],
      ancestors: [],
      tasks: [{ text: 'loose', checked: true, line: 5, column: 1, owners: [], tags: [], due: null }],
    },
    {
      title: '🔴 Security',
      section: 'Now',
      marker: 'red',
      markerMojibake: true,
      depth: 3,
      line: 9,
      column: 1,
      implicit: false,
      fields: [{ key: 'Priority', name: 'priority', value: 'P0', references: [], line: 10, column: 1 }],
      ancestors: [
        { title: 'Now', depth: 2, line: 7, fields: [{ key: 'Status', name: 'status', value: 'blocking', references: [], line: 8, column: 1 }] },
        { title: 'Full', depth: 1, line: 1, fields: [] },
      ],
      tasks: [{ text: 'rotate keys @ana #sec (due 2026-02-01)', checked: false, line: 12, column: 3, owners: ['ana', 'bo'], tags: ['sec'], due: '2026-02-01' }],
    },
  ],
  metrics: [
    { name: 'Uptime', label: 'availability', comparator: '>', target: 99.9, unit: '%', line: 20, column: 1 },
    { name: 'Huge', label: null, comparator: '>=', target: Number.POSITIVE_INFINITY, unit: null, line: 21, column: 1 },
    { name: 'Ratio', label: null, comparator: '<', target: 'LTV/3', unit: null, line: 22, column: 1 },
    { name: 'Prose', label: 'as good as it gets', comparator: null, target: null, unit: null, line: 23, column: 1 },
  ],
  diagnostics: [{ file: 'roadmap/full.md', line: 2, column: 1, severity: 'warning', rule: 'timeline', message: 'a "quoted" \\ message' }],
};

describe('the document codec', () => {
  const documents: Array<[string, RoadmapDocument]> = [
    ['a document with every part', FULL],
    ...markdownBelow(FIXTURES).map(([name, text]): [string, RoadmapDocument] => [name, parsed(name, text)]),
    ...markdownBelow(FIXTURES).flatMap(([name, text]) => fastPath(name, text)),
    ...corpusFiles().map(({ name, text }): [string, RoadmapDocument] => [`corpus ${name}`, parsed(name, text)]),
    ...corpusFiles().flatMap(({ name, text }) => fastPath(`corpus ${name}`, text)),
  ];

  it.each(documents)('reads back %s as it was written, keys in schema order', (_name, document) => {
    const read = roundTrip(document);
    expect(read).toEqual(document);
    // Through JSON.stringify, which keeps key order; Infinity is compared above.
    expect(JSON.stringify(read)).toBe(JSON.stringify(document));
  });

  it('writes every key of every schema a document is made of', () => {
    const read = roundTrip(FULL)!;
    const milestone = read.milestones[1]!;
    const shapes: Array<[object, { shape: object }]> = [
      [read, schema.RoadmapDocument],
      [read.fields[0]!, schema.Field],
      [read.fields[0]!.references[0]!, schema.Field.shape.references.element],
      [milestone, schema.Milestone],
      [milestone.ancestors[0]!, schema.HeadingRef],
      [milestone.tasks[0]!, schema.Task],
      [read.metrics[0]!, schema.Metric],
      [read.diagnostics[0]!, schema.Diagnostic],
    ];
    for (const [value, { shape }] of shapes) expect(Object.keys(value)).toEqual(Object.keys(shape));
  });

  it('writes and reads a task with hundreds of thousands of owners (no argument list that long)', () => {
    const owners = Array.from({ length: 300_000 }, (_, i) => `o${i}`);
    const milestone = { ...FULL.milestones[1]!, tasks: [{ ...FULL.milestones[1]!.tasks[0]!, owners }] };
    const document = { ...FULL, milestones: [milestone] };
    expect(roundTrip(document)?.milestones[0]!.tasks[0]!.owners).toEqual(owners);
    expect(unpack(Buffer.from(packBytes([{ key: 'k', document }])))?.get('k')).toEqual(document);
  });

  it('shares a heading between the milestones below it, as the parser does', () => {
    const read = roundTrip(parsed('seed.md', readFileSync(join(FIXTURES, 'seed', 'vnext.md'), 'utf8')))!;
    const h1s = new Set(read.milestones.map((milestone) => milestone.ancestors.at(-1)));
    expect(h1s.size).toBe(1);
  });

  it('refuses a damaged stream, whatever the damage, and never throws', () => {
    const table = new StringTable();
    const stream: Stream = [];
    encodeDocument(FULL, table, stream);
    fc.assert(
      fc.property(fc.nat(stream.length - 1), fc.integer({ min: -3, max: 1000 }), fc.nat(stream.length), (at, value, length) => {
        const damaged = stream.slice(0, length);
        if (at < damaged.length) damaged[at] = value;
        const read = new DocumentDecoder(damaged, table.strings).tryDocument(0);
        // Damage may leave a stream that still reads (another line number): never a broken document.
        if (read) expect(Object.keys(read)).toEqual(Object.keys(schema.RoadmapDocument.shape));
      }),
    );
    expect(new DocumentDecoder(stream.slice(0, -1), table.strings).tryDocument(0)).toBeUndefined();
    expect(new DocumentDecoder([...stream.slice(0, 5), 'x', ...stream.slice(6)], table.strings).tryDocument(0)).toBeUndefined();
    expect(new DocumentDecoder([...stream.slice(0, 5), 0.5, ...stream.slice(6)], table.strings).tryDocument(0)).toBeUndefined();
  });
});

describe('the run pack', () => {
  it('holds each document under its key', () => {
    const seed = parsed('seed.md', readFileSync(join(FIXTURES, 'seed', 'vnext.md'), 'utf8'));
    const documents = unpack(Buffer.from(packBytes([{ key: 'a', document: FULL }, { key: 'b', document: seed }])));
    expect(documents && [...documents]).toEqual([
      ['a', FULL],
      ['b', seed],
    ]);
  });

  it('reads from a buffer that does not start on a word boundary', () => {
    const pack = packBytes([{ key: 'a', document: FULL }]);
    const shifted = Buffer.alloc(pack.length + 1).subarray(1);
    shifted.set(pack);
    expect(unpack(shifted)?.get('a')).toEqual(FULL);
  });
});
