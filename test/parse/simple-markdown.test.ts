/**
 * The fast path must give exactly the tree of the full pipeline — same nodes, same keys in the
 * same order, same positions — or null. Compared on every input we have, whole and cut into
 * sections and windows of lines, and on generated roadmap-ish text; each rule of the subset has
 * a row showing input it takes and a near miss it must leave to micromark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/parse/front-matter.js';
import { markdownParserWith, parseMarkdown, parseMarkdownSlow } from '../../src/parse/markdown.js';
import { parseSimpleMarkdown } from '../../src/parse/simple-markdown.js';
import { corpusFiles } from '../helpers/corpus.js';
import { FIXTURES, seedText } from '../helpers/fixtures.js';
import { ordinaryRoadmap } from '../helpers/generate.js';
import { generateRoadmap } from '../oracle/generate.js';

/** Whether the fast path took `text`; fails the test if it took it and differs. */
function agrees(text: string): boolean {
  const fast = parseSimpleMarkdown(text);
  if (fast === null) return false;
  // JSON text, so that key order and keys holding `undefined` count too.
  expect(JSON.stringify(fast), JSON.stringify(text)).toBe(JSON.stringify(parseMarkdownSlow(text)));
  return true;
}

/** The text, its sections at every heading, every line, and windows of five lines. */
function piecesOf(text: string): string[] {
  const lines = text.split('\n');
  const pieces = [text];
  let section: string[] = [];
  for (const line of lines) {
    if (/^#{1,6} /.test(line) && section.length > 0) {
      pieces.push(`${section.join('\n')}\n`);
      section = [];
    }
    section.push(line);
  }
  pieces.push(section.join('\n'));
  for (let i = 0; i < lines.length; i++) {
    pieces.push(lines[i]!);
    if (i % 3 === 0) pieces.push(lines.slice(i, i + 5).join('\n'));
  }
  return pieces;
}

/** How many pieces of these texts the fast path took (every one it took agreeing). */
function agreeOnPieces(texts: string[]): number {
  let taken = 0;
  for (const text of texts) for (const piece of piecesOf(text)) if (agrees(piece)) taken++;
  return taken;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

const seedBody = parseFrontMatter('vnext.md', seedText()).body;

describe('the fast path gives the full pipeline tree or nothing', () => {
  it('on every fixture, whole and in pieces', () => {
    expect(agreeOnPieces(markdownFiles(FIXTURES))).toBeGreaterThan(500);
  });

  it('on ordinary generated roadmaps, whole and in pieces', () => {
    expect(agreeOnPieces([1, 4, 16].map((kb) => ordinaryRoadmap(kb * 1024)))).toBeGreaterThan(300);
  });

  it('on the 400 oracle roadmaps, whole and in pieces', () => {
    const texts = Array.from({ length: 400 }, (_, seed) => generateRoadmap(seed + 1));
    expect(agreeOnPieces(texts)).toBeGreaterThan(5000);
  });

  const corpus = corpusFiles();
  it.skipIf(corpus.length === 0)('on the real corpus, whole and in pieces', () => {
    expect(agreeOnPieces(corpus.map((file) => file.text))).toBeGreaterThan(1000);
  });

  it('knowing definitions made elsewhere: a task box is never a link', () => {
    const withDefinitions = markdownParserWith({ links: new Set(['x', 'ship']), footnotes: new Set(['x']) });
    const text = '- [x] done\n- [X] done too\n- [ ] open ship\n';
    expect(parseSimpleMarkdown(text)).not.toBeNull();
    expect(JSON.stringify(withDefinitions(text))).toBe(JSON.stringify(parseMarkdownSlow(text)));
  });
});

describe('the seed takes the fast path', () => {
  it('whole, and every section of it', () => {
    const sections = seedBody.split(/\n(?=#{1,6} )/);
    expect(sections.length).toBeGreaterThan(20);
    for (const section of [seedBody, ...sections]) expect(agrees(section), section.slice(0, 60)).toBe(true);
    expect(parseMarkdown(seedBody)).toEqual(parseMarkdownSlow(seedBody));
  });
});

/** Each rule of the subset: input it takes, and a near miss it must leave to micromark. */
const RULES: [rule: string, taken: string, nearMiss: string][] = [
  ['an ATX heading: hashes, one space, text', '### 游댮 Security Hardening', '#Title'],
  ['at most six hashes', '###### six', '####### seven'],
  ['no closing sequence', '# C# and F#!', '# Title #'],
  ['one space after the hashes', '## Overview  ', '##  Overview'],
  ['a paragraph with a soft break', 'one\ntwo', 'one\n two'],
  ['one trailing space before a line end is dropped', 'one \ntwo', 'one\t\ntwo'],
  ['two trailing spaces make a hard break', '**Generated**: 2025-11-04  \n**Purpose**: seeds', 'a\\\nb'],
  ['trailing spaces end a paragraph', 'last line   ', 'last line\r\n'],
  ['a paragraph right after a heading', '### T\n**Priority**: High  \n**Timeline**: Now', '### T\n===='],
  ['strong at the start, closed before `:`', '**Status**: ok', '**Status**:ok**'],
  ['strong closed before `.` `,` `;` or a space', 'a **b**. c **d**, e **f**; g **h** i', '**a**b'],
  ['strong closed after `)`', '**Foo (bar)** x', '**Foo (bar)**: x'],
  ['strong content starts with no space', 'a **b** c', 'a ** b** c'],
  ['no other `*`', '**a** and **b**', '*a* and ***b***'],
  ['inline code, single backticks', 'see `PR_PLAN_FINAL.md` and `a*b [c] <d> &amp; w`', 'see ``a`` here'],
  ['no space at either end of code', '`x y`', '` x`'],
  ['code closed on its line', 'a `b` c', 'a `b\nc` d'],
  ['tight task items', '- [ ] a\n- [x] b\n- [X] c', '- [ ]\n- [x] b'],
  ['one space after a box', '- [ ] one space', '- [ ]  two spaces'],
  ['only ` `, `x`, `X` in a box', '- [x] done', '- [y] done'],
  ['a task opening with strong or code', '- [ ] **Auth**: login\n- [x] `code` done', '- [ ] [Task Name]'],
  ['plain items', '- Performance: Lighthouse score > 90', '-  two spaces'],
  ['only `-` bullets', '- a\n- b', '* a\n+ b'],
  ['no ordered lists', '2026 plans', '1. a'],
  ['nested at the parent content column', '- [ ] a\n  - [ ] b\n    - c\n- d', '- a\n   - b'],
  ['one level at a time', '- a\n  - b', '- a\n    - b'],
  ['a list may interrupt a paragraph', 'Intro\n- a', 'Intro\n  - a'],
  ['a heading ends a list', '- a\n## B', '- a\nlazy line'],
  ['a blank line ends a list before a paragraph', '- a\n\ntext', '- a\n\n- b'],
  ['items hold one line', '- a\n- b', '- a\n  more of a'],
  ['a thematic break after a blank line', 'a\n\n---\n\nb', 'a\n---'],
  ['`---` only after a blank line, heading or rule', '# T\n---', '- a\n---'],
  ['only `-` rules', '----', '***'],
  ['blank lines of spaces', 'a\n   \nb', 'a\n    b'],
  ['emoji and mojibake', '🔴 游댮 café 📅 2026-02-01', '🔴 [ ] no'],
  ['`_` inside a word', 'snake_case and a_b_c', '_a_ b'],
  ['one `~`', 'about ~5 days', '~a~ struck'],
  ['`<` before a space, digit or `=`', 'Churn: < 5%, <3, <=4', 'a <b> c'],
  ['`>` in text', 'Uptime > 99.9%', '> quote'],
  ['`&` before a space', 'Growth & Scaling', 'Fish &amp; Chips'],
  ['`@` after a space', 'owner @ann', 'x@y.co'],
  ['`!` not before `[`', 'Ship it!', '![i](x.png)'],
  ['no literal autolink', 'see the docs', 'see www.x.com'],
  ['no URL', 'protocol: ftp-ish', 'see https://x.io'],
  ['no links', 'a (b) c', '[link](x.md)'],
  ['no pipes', 'a / b', 'a | b'],
  ['no HTML', 'a - b', '<!-- c -->'],
  ['no fences', 'run `make` now', '```\ncode\n```'],
  ['no definitions', 'x: /u', '[x]: /u'],
  ['no byte order mark', 'a', '\uFEFFa'],
  ['no NUL', 'a', 'a\0b'],
];

describe('subset rules', () => {
  it.each(RULES)('%s', (_rule, taken, nearMiss) => {
    expect(agrees(taken)).toBe(true);
    expect(parseSimpleMarkdown(nearMiss)).toBeNull();
  });

  it.each([
    ['an empty text', ''],
    ['blank lines only', '\n\n'],
    ['a final line ending', '# T\n\n- [ ] a\n'],
  ])('takes %s', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });
});

/** Roadmap-ish words the subset takes alone; glued together they make near misses. */
const TAKEN_WORDS = ['ship', 'API', 'v2', 'café', '🔴', '游댮', '2026-01-15', '(due)', 'a)', '**Key**:', '**bold**', '`code`', '`a*b`', 'a_b', '~5', '< 5', '<3', '>', '& x', '@ann', '!', '#', 'x#', '.', ',', ':', ';', '\u00a0'];
/** Words and characters it refuses, or takes only in some places. */
const TRICKY_WORDS = ['**a**b', '** a**', '**a **', '*', '**', '***', '`', '``', '_', '_a_', '~', '~~x~~', '<', '<b>', '&', '&amp;', '&#64;', 'a@b.co', 'www.x.io', 'http://x', '[', ']', '[ ]', '|', '\\', '1.'];
/** How lines start, and whole lines: those the subset takes, then near misses. */
const TAKEN_STARTS = ['', '', '', '# ', '### ', '- ', '- [ ] ', '- [x] ', '  - ', '  - [X] ', '    - '];
const TRICKY_STARTS = ['   - ', '* ', '+ ', '1. ', '> ', ' ', '    ', '#', '-', '- [ ]  ', '######## '];
const TAKEN_LINES = ['', '', '   ', '---'];
const TRICKY_LINES = ['***', '===', '- [ ]', '```', '<!--', '-'];

function roadmapText(starts: string[], lines: string[], words: string[]): fc.Arbitrary<string> {
  const line = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...lines) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...starts),
          // Words mostly apart, sometimes glued together.
          fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '')), { minLength: 1, maxLength: 6 }),
          fc.constantFrom('', '', ' ', '  ', '   '),
        )
        .map(([start, parts, trailing]) => `${start}${parts.map(([word, gap]) => word + gap).join('').trimEnd()}${trailing}`),
    },
  );
  return fc.array(line, { maxLength: 14 }).map((lines) => lines.join('\n'));
}

describe('generated roadmap-ish text', () => {
  it.each([
    ['what the subset takes', roadmapText(TAKEN_STARTS, TAKEN_LINES, TAKEN_WORDS), 600],
    ['near misses among it', roadmapText([...TAKEN_STARTS, ...TRICKY_STARTS], [...TAKEN_LINES, ...TRICKY_LINES], [...TAKEN_WORDS, ...TRICKY_WORDS]), 200],
  ] as const)('is taken only as the full pipeline reads it: %s', (_name, texts, least) => {
    let taken = 0;
    fc.assert(
      fc.property(texts, (text) => {
        if (agrees(text)) taken++;
      }),
      { numRuns: 4000 },
    );
      // The property must exercise the fast path, not only its refusals.
    expect(taken).toBeGreaterThan(least);
  });
});
