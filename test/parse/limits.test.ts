/** What the parser refuses: containers nested past the limit, and input that overflows the
 *  parser's stack, become one `parse-limit` error on the file; the file's other facts are still
 *  read. Nothing deeper than the limit is silently dropped. */
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { ParseLimitError, asParseLimit } from '../../src/parse/limits.js';
import { MAX_NESTING } from '../../src/parse/markdown/index.js';

const parse = (text: string) => parseRoadmap({ path: 'roadmap/deep.md', text, diagnostics: [] });

describe('nesting', () => {
  it.each([
    ['list items', '- ', MAX_NESTING + 1],
    ['list items, many more', '- ', 20_000],
    ['block quotes', '> ', MAX_NESTING + 1],
    ['block quotes, many more', '> ', 50_000],
    ['ordered items', '1. ', MAX_NESTING + 1],
    ['quotes without spaces', '>', MAX_NESTING + 1],
    ['mixed containers', '* > ', MAX_NESTING / 2 + 1],
  ])('refuses %s nested past the limit, naming the line', (_name, unit, depth) => {
    const document = parse(`---\ntitle: Deep\n---\n# Heading\n\n- [ ] a task\n\n${unit.repeat(depth)}a\n`);
        expect(document.title).toBe('Deep');
    expect(document.milestones).toEqual([]);
    expect(document.diagnostics).toEqual([
      {
        file: 'roadmap/deep.md',
        line: 8,
        column: 1,
        severity: 'error',
        rule: 'parse-limit',
        message: `nested more than ${MAX_NESTING} levels deep: not parsed`,
      },
    ]);
  });

  it.each([
    ['list items', '- '],
    ['ordered items', '1. '],
  ])('parses %s nested up to the limit', (_name, unit) => {
    const document = parse(`# T\n\n${unit.repeat(MAX_NESTING - 1)}- [ ] deep task\n`);
    expect(document.diagnostics).toEqual([]);
    expect(document.milestones[0]!.tasks.map((task) => task.text)).toEqual(['deep task']);
  });

  it('parses block quotes nested up to the limit', () => {
    const document = parse(`# T\n\n${'> '.repeat(MAX_NESTING - 1)}- [ ] deep task\n`);
    expect(document.diagnostics).toEqual([]);
    expect(document.milestones[0]!.tasks.map((task) => task.text)).toEqual(['deep task']);
  });

  it('does not count container markers that are not at the start of a line', () => {
    expect(parse(`# T\n\n- [ ] a ${'> '.repeat(2000)}\n`).diagnostics).toEqual([]);
  });
});

describe('the parser running out of stack', () => {
  it('is a parse-limit error; any other error is a bug and propagates', () => {
    expect(asParseLimit(new RangeError('Maximum call stack size exceeded'))).toMatchObject({
      message: 'nested too deeply to parse',
      line: 1,
    });
    expect(asParseLimit(new RangeError('Invalid array length')).message).toBe('too large to parse (Invalid array length)');
    const given = new ParseLimitError('x', 3);
    expect(asParseLimit(given)).toBe(given);
    expect(() => asParseLimit(new TypeError('a bug'))).toThrow('a bug');
  });

  it('reads strong emphasis nested thousands deep without running out of stack', () => {
    const text = `# T\n\n- [ ] ${'**a '.repeat(5000)}b${' a**'.repeat(5000)}\n`;
    const document = parse(text);
    expect(document.diagnostics).toEqual([]);
    expect(document.milestones[0]!.tasks).toHaveLength(1);
  });
});

describe('inline content is parsed where it is read', () => {
  // Twenty thousand images nested in one another overflow markdown-it's inline recursion.
  const deep = `${'!['.repeat(20_000)}x${']()'.repeat(20_000)}`;

  it.each([
    ['a paragraph of prose', `# P\n\n## Critical\n\n- [ ] real task\n\n${deep}\n`],
    ['a plain list item', `# P\n\n## Critical\n\n- [ ] real task\n- ${deep}\n`],
  ])('what overflows the parser in %s, which nothing reads, keeps no task from being judged', (_name, text) => {
    const document = parse(text);
    expect(document.diagnostics).toEqual([]);
    expect(document.milestones.map((m) => m.tasks.map((t) => t.text))).toEqual([['real task']]);
  });

  it.each([
    ['a task', `# T\n\n## Critical\n\n- [ ] ${deep}\n`],
    ['a heading', `# T\n\n## ${deep}\n\n- [ ] real task\n`],
    ['a field', `# T\n\n## Critical\n**Owner**: ${deep}\n\n- [ ] real task\n`],
  ])('in %s, which is read, it is a parse-limit error on the file', (_name, text) => {
    const document = parse(text);
    expect(document.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['parse-limit', 'error']]);
  });
});
