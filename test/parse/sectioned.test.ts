/**
 * Parsing section by section must give exactly the tree of one parse of the whole text (GitHub's
 * reading, repairs included): the same nodes, the same positions. Checked on the real corpus, the
 * seed, and generated markdown full of the blocks that make a cut unsound (fences and HTML
 * holding `#` lines, setext headings, lists, quotes, definitions used across sections), with a
 * cut attempted at every possible line.
 */
import fc from 'fast-check';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseSections } from '../../src/parse/sectioned.js';
import { corpusFiles } from '../helpers/corpus.js';
import { seedText } from '../helpers/fixtures.js';
import { ordinaryRoadmap } from '../helpers/generate.js';

const wholeParse = (text: string): RootContent[] => parseMarkdown(text).children;
/** The smallest sections: a cut at every line where the scanner sees one. */
const EVERY_CUT = { bytes: 1, cuts: 1 };

const corpus = corpusFiles();

describe.skipIf(corpus.length === 0)('the real corpus', () => {
  it.each(corpus.map((file) => [file.name, file] as const))('%s: same tree, expected task counts', (_name, file) => {
    expect([...parseSections(file.text)]).toEqual(wholeParse(file.text));
    expect([...parseSections(file.text, EVERY_CUT)]).toEqual(wholeParse(file.text));
    const tasks = parseRoadmap({ path: file.name, text: file.text, diagnostics: [] }).milestones.flatMap((m) => m.tasks);
    expect([tasks.length, tasks.filter((task) => task.checked).length]).toEqual([file.tasks, file.checked]);
  });
});

describe('the seed and generated roadmaps', () => {
  it.each([
    ['seed', seedText()],
    ['seed, CRLF', seedText().replaceAll('\n', '\r\n')],
    ['ordinary roadmap, 200 KB', ordinaryRoadmap(200 * 1024)],
    // micromark counts offsets from after a byte order mark that opens the text.
    ['a byte order mark first', `\uFEFF# Title\n\npreamble\n# Next\n\n- [ ] task\n## Last\n`],
  ])('%s: same tree', (_name, text) => {
    expect([...parseSections(text)]).toEqual(wholeParse(text));
    expect([...parseSections(text, EVERY_CUT)]).toEqual(wholeParse(text));
  });
});

/** Blocks that a naive cut at `#` lines or after `===` would get wrong. */
const BLOCKS = [
  '# Heading\n',
  '## Section\n',
  '####### seven hashes\n',
  '#hashtag\n',
  '   # indented heading\n',
  '\t# tab heading\n',
  'Paragraph text\n',
  'Text with [ref], [Ref  Two][], ![img][ref], a call[^note] and [undefined]\n',
  'Setext\n===\n',
  'Setext two\n---\n',
  '===\n',
  '---\n',
  '***\n',
  '- - -\n',
  '- [ ] task\n',
  '- [ ] \n',
  '* [x]\n  continued\n',
  '    indented code\n2. [ ] ordered after code\n',
  '    indented code\n\n3. item\n---\n',
  '  - [x] nested task\n',
  '1. [ ] ordered task\n',
  '- item\n  ```\n  # fenced in a list\n  ```\n',
  '- item with an open fence\n  ```\n',
  '- item\n\n  ```\n  code\n\n',
  '- item\n\n      indented code\n\n',
  '- <div>\n  in a list\n',
  '> <!-- open in a quote\n',
  '  | a |\n  |---|\n',
  '```\n# fenced\n```\n',
  '~~~~\n# long fence\n~~~\n',
  '```\n',
  '~~~\n',
  '````md\n',
  '``` not `a` fence\n',
  '<div>\n# in html\n',
  '<!-- comment\n# in comment\n-->\n',
  '<!-- open comment\n',
  '<!-->\n',
  '<script>\n# in script\n</script>\n',
  '<?php\n',
  '<![CDATA[\n',
  '<!DOCTYPE html>\n',
  '<span class="x">\n',
  '</div>\n',
  '> quote\n',
  '> - [ ] quoted task\n',
  '> ```\n',
  'lazy continuation\n',
  '[ref]: https://example.com\n',
  '[Ref two]:\n  /url "title"\n',
  '[^note]: a footnote\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '    # indented code\n',
  'a line with \uFEFF inside\n',
  '\uFEFFa byte order mark, not at the start\n',
  '*a **b** c* ~~d~~ `e`\n',
  '\n',
  '\n\n',
];

const generated = fc
  .tuple(fc.array(fc.constantFrom(...BLOCKS), { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([blocks, ending]) => `start\n${blocks.join('')}`.replaceAll('\n', ending));

describe('generated markdown', () => {
  it('parses section by section as it parses whole', () => {
    fc.assert(
      fc.property(generated, (text) => {
        const whole = wholeParse(text);
        expect([...parseSections(text, EVERY_CUT)]).toEqual(whole);
        expect([...parseSections(text, { bytes: 64, cuts: 4 })]).toEqual(whole);
      }),
      { numRuns: 1500 },
    );
  });
});
