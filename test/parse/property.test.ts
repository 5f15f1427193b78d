/**
 * Properties of the parser on generated roadmaps: it never throws, it counts exactly the task
 * items GFM sees, and every task points at a line holding its checkbox. The oracle is a direct
 * walk of remark's mdast for the same text, written here without the parser's own code.
 */
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';

const RUNS = { numRuns: 200 };

const word = fc.constantFrom('ship', 'API', 'v2', 'café', '🔴', '游댮', '@ana', '#ops', '(due 2026-01-15)', '`code`', '**bold**', '[link](x.md)', '*', '_', '[', ']', '|', '<b>', '\\', '&amp;');
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const indent = fc.constantFrom('', '  ', '    ', '   ', '\t');
const bullet = fc.constantFrom('-', '*', '+', '1.', '2)', '10.');
const box = fc.constantFrom('[ ]', '[x]', '[X]', '[  ]', '[-]', '[]', '[x ]');

/** One block of roadmap-ish markdown, as lines. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([depth, t]) => `${'#'.repeat(depth)} ${t}`),
  fc.tuple(indent, bullet, box, text).map(([i, b, x, t]) => `${i}${b} ${x} ${t}`),
  fc.tuple(indent, bullet, text).map(([i, b, t]) => `${i}${b} ${t}`),
  fc.tuple(bullet, box, text).map(([b, x, t]) => `${b}\n  ${x} ${t}`),
  fc.tuple(fc.constantFrom('> ', '> > ', '>'), bullet, box, text).map(([q, b, x, t]) => `${q}${b} ${x} ${t}`),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), box, fc.boolean()).map(([f, x, closed]) => `${f}md\n- ${x} in code\n${closed ? f : ''}`),
  fc.tuple(box, fc.boolean()).map(([x, closed]) => `<!--\n- ${x} hidden\n${closed ? '-->' : ''}`),
  box.map((x) => `Inline \`- ${x} not a task\` here`),
  box.map((x) => `    - ${x} indented code`),
  box.map((x) => `| a | b |\n|---|---|\n| - ${x} cell | y |`),
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

const roadmap = fc
  .tuple(frontMatter, fc.array(fragment, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'))
  .map(([front, blocks, eol]) => `${front}${blocks.join('\n')}\n`.replaceAll('\n', eol));

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Task items GFM sees, found by walking the mdast; front matter lines blanked first. One
 * correction to remark-gfm, as GitHub renders it: a checkbox on the line after a bare marker
 * (`-`, then `  [ ] text`) is text, not a task.
 */
function gfmTaskLines(source: string): number[] {
  const lines: number[] = [];
  const walk = (node: Nodes) => {
    const line = node.position?.start.line;
    if (node.type === 'listItem' && typeof node.checked === 'boolean' && node.children[0]?.position?.start.line === line) {
      lines.push(line!);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(processor.parse(withoutFrontMatter(source)));
  return lines;
}

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

  it('counts exactly the task items GFM sees', () => {
    fc.assert(
      fc.property(roadmap, (source) => {
        expect(tasksOf(source).map((task) => task.line).sort((a, b) => a - b)).toEqual(gfmTaskLines(source));
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
