import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';

const parse = (text: string) => parseRoadmap({ path: 'r.md', text, diagnostics: [] });
const tasks = (text: string) => parse(text).milestones.flatMap((m) => m.tasks);

describe('task items: exactly the items GitHub renders as checkboxes', () => {
  it.each<[string, string, number, number]>([
    // name, markdown, total, done
    ['open and done', '- [ ] a\n- [x] b\n', 2, 1],
    ['upper-case X', '- [X] a\n', 1, 1],
    ['star and plus bullets', '* [ ] a\n+ [x] b\n', 2, 1],
    ['ordered markers', '1. [ ] a\n2) [x] b\n', 2, 1],
    ['nested to any depth', '- [ ] a\n  - [x] b\n    - [ ] c\n      - [x] d\n', 4, 2],
    ['task under a plain item', '- plain\n  - [ ] child\n', 1, 0],
    ['plain items count for nothing', '- a\n- b\n* c\n', 0, 0],
    ['indented by one space', ' - [ ] a\n', 1, 0],
    ['tab after the box', '- [ ]\ta\n', 1, 0],
    ['inside a block quote', '> - [ ] a\n> - [x] b\n', 2, 1],
    ['in a fenced code block', '```\n- [ ] a\n```\n', 0, 0],
    ['in an indented code block', '    - [ ] a\n', 0, 0],
    ['in an HTML comment', '<!--\n- [ ] a\n-->\n', 0, 0],
    ['in inline code', 'Use `- [ ] a` to add one\n', 0, 0],
    ['not a box: no space after', '- [ ]a\n', 0, 0],
    ['not a box: other letter', '- [y] a\n', 0, 0],
    ['not a box: two spaces inside', '- [  ] a\n', 0, 0],
    ['not a box: not at item start', '- a [ ] b\n', 0, 0],
    ['not a list item', '[ ] a\n', 0, 0],
    ['in a table cell', '| a |\n| - |\n| [ ] b |\n', 0, 0],
    ['a box on the line after a bare marker', '-\n  [ ] a\n- [ ] b\n', 1, 0],
    ['a tab inside the box', '- [\t] a\n', 0, 0],
    ['a box followed by spaces only', '- [ ] \n- [x]\t\n', 2, 1],
    ['a box followed by the line end', '- [ ]\n  text\n', 0, 0],
    // A lone tag cannot interrupt a paragraph, but a line that falls out of a list item or quote
    // is judged where it lands, as cmark-gfm does: it starts an HTML block there.
    ['a lone tag after an item, then a task', '- [x] Rotate the keys\n<span>\n<pre>\n\n- [ ] Fix the bug\n', 2, 1],
    ['a lone tag after a quote swallows the next line', '> foo\n<span>\n- [ ] x\n', 0, 0],
    ['a lone tag after a paragraph is its text', 'foo\n<span>\n- [ ] x\n', 1, 0],
    ['a lone tag indented into the item is its text', '- [x] a\n  <span>\n- [ ] b\n', 2, 1],
  ])('%s', (_name, markdown, total, done) => {
    const found = tasks(markdown);
    expect(found).toHaveLength(total);
    expect(found.filter((t) => t.checked)).toHaveLength(done);
  });

  it('keeps the position of the bullet', () => {
    const found = tasks('# T\n\n## M\n\n- [ ] a\n  - [x] b\n> - [ ] c\n');
    expect(found.map((t) => [t.line, t.column])).toEqual([
      [5, 1],
      [6, 3],
      [7, 3],
    ]);
  });

  it.each<[string, string, string[], string[], string | null]>([
    ['owners', '- [ ] ship it @alice and @bob-smith', ['alice', 'bob-smith'], [], null],
    ['tags', '- [ ] ship it #infra #q3-goals', [], ['infra', 'q3-goals'], null],
    ['due in parentheses', '- [ ] ship it (due 2026-01-15)', [], [], '2026-01-15'],
    ['calendar emoji', '- [ ] ship it 📅 2026-02-01', [], [], '2026-02-01'],
    ['e-mail is no owner', '- [ ] mail a@b.com', [], [], null],
    ['URL fragments are no tags', '- [ ] fix https://x.y/#frag in C#', [], [], null],
  ])('annotations: %s', (_name, markdown, owners, tags, due) => {
    const [task] = tasks(markdown);
    expect(task).toMatchObject({ owners, tags, due });
    expect(task!.text).toBe(markdown.slice(6));
  });
});
