/**
 * Properties of the parser on generated roadmaps: it never throws, it counts exactly the task
 * items GitHub renders (cmark-gfm is the oracle), and every task points at a line holding its
 * checkbox.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { cmarkTaskCounts, hasCmark } from '../helpers/cmark.js';

const RUNS = { numRuns: 200 };

const word = fc.constantFrom('ship', 'API', 'v2', 'café', '🔴', '游댮', '@ana', '#ops', '(due 2026-01-15)', '`code`', '**bold**', '[link](x.md)', '*', '_', '[', ']', '|', '<b>', '\\', '&amp;');
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const indent = fc.constantFrom('', '  ', '    ', '   ', '\t');
const bullet = fc.constantFrom('-', '*', '+', '1.', '2)', '10.');
const box = fc.constantFrom('[ ]', '[x]', '[X]', '[  ]', '[-]', '[]', '[x ]');

const quoted = fc
  .tuple(fc.constantFrom('> ', '> > ', '>'), bullet, box, text)
  .map(([q, b, x, t]) => `${q}${b} ${x} ${t}`);

/** One block of roadmap-ish markdown, as lines; block quotes apart (see `quoted`). */
const unquoted: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([depth, t]) => `${'#'.repeat(depth)} ${t}`),
  fc.tuple(indent, bullet, box, text).map(([i, b, x, t]) => `${i}${b} ${x} ${t}`),
  fc.tuple(indent, bullet, text).map(([i, b, t]) => `${i}${b} ${t}`),
  fc.tuple(bullet, box, text).map(([b, x, t]) => `${b}\n  ${x} ${t}`),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), box, fc.boolean()).map(([f, x, closed]) => `${f}md\n- ${x} in code\n${closed ? f : ''}`),
  fc.tuple(box, fc.boolean()).map(([x, closed]) => `<!--\n- ${x} hidden\n${closed ? '-->' : ''}`),
  box.map((x) => `Inline \`- ${x} not a task\` here`),
  box.map((x) => `    - ${x} indented code`),
  // A blank line after the table: remark-gfm ends a table at a line that cmark-gfm keeps as a
  // row (`10. [ ] x`, a bare `-`); such tables are rare and out of this property.
  box.map((x) => `| a | b |\n|---|---|\n| - ${x} cell | y |\n`),
  fc.tuple(fc.constantFrom('Priority', 'Status', 'Timeline', 'Owner'), text).map(([k, v]) => `**${k}**: ${v}`),
  fc.constantFrom('---', '***', '===', '', '', 'Setext\n---', '<details>\n- [ ] in html\n</details>'),
  text,
);

const frontMatter = fc.constantFrom(
  '',
  '---\ntitle: Plan\npriority: high\n---\n',
  '---\ntitle: [unclosed\n---\n',
  '---js\nglobalThis.ran = true\n---\n',
  '---\n- a list\n---\n',
  '---\ntitle: no end\n',
  '---yaml\nrelease: 2\n...\n',
);

const roadmapOf = (fragment: fc.Arbitrary<string>) =>
  fc
    .tuple(frontMatter, fc.array(fragment, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'))
    .map(([front, blocks, eol]) => `${front}${blocks.join('\n')}\n`.replaceAll('\n', eol));

const roadmap = roadmapOf(fc.oneof(unquoted, quoted));
/**
 * The cmark-gfm that Debian ships (0.29) misses task items inside block quotes, which GitHub
 * and the GFM spec count; roadmaps compared with it have none.
 */
const unquotedRoadmap = roadmapOf(unquoted);

/** A first line `---…` closed by a later `---` or `...` line is front matter, not markdown. */
function withoutFrontMatter(source: string): string {
  const lines = source.split('\n');
  if (!/^---(?!-)/.test(lines[0]!)) return source;
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)[ \t]*\r?$/.test(line));
  if (end === -1) return source;
  return lines.map((line, i) => (i <= end ? '' : line)).join('\n');
}

function tasksOf(source: string) {
  return parseRoadmap({ path: 'r.md', text: source, diagnostics: [] }).milestones.flatMap((m) => m.tasks);
}

describe('the parser on generated roadmaps', () => {
  it('never throws, on roadmap-ish text or on any text at all', () => {
    fc.assert(
      fc.property(fc.oneof(roadmap, fc.string({ unit: 'binary', maxLength: 300 })), (source) => {
        expect(() => parseRoadmap({ path: 'r.md', text: source, diagnostics: [] })).not.toThrow();
      }),
      RUNS,
    );
    expect((globalThis as { ran?: unknown }).ran).toBeUndefined();
  });

  it.skipIf(!hasCmark)('counts exactly the task items GitHub renders', () => {
    fc.assert(
      fc.property(unquotedRoadmap, (source) => {
        const tasks = tasksOf(source);
        const ours = { total: tasks.length, checked: tasks.filter((task) => task.checked).length };
        expect(ours).toEqual(cmarkTaskCounts(withoutFrontMatter(source)));
      }),
      RUNS,
    );
  });

  it('points every task at a line that holds a checkbox', () => {
    fc.assert(
      fc.property(roadmap, (source) => {
        const lines = source.split(/\r?\n/);
        for (const task of tasksOf(source)) expect(lines[task.line - 1]).toMatch(/\[[ xX]\]/);
      }),
      RUNS,
    );
  });
});
