/**
 * `hidden-task`: a line that reads as an open task to a person but that markdown (GitHub's and
 * ours) does not count is a warning on that line, naming where markdown put it.
 */
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';

const hidden = (text: string) =>
  parseRoadmap({ path: 'r.md', text, diagnostics: [] })
    .diagnostics.filter((d) => d.rule === 'hidden-task')
    .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);

describe('hidden-task', () => {
  it.each<[string, string, string[]]>([
    ['inside an HTML block', '<div>\n- [ ] in a div\n</div>\n', ['2:1 warning looks like an open task but is not counted: inside an HTML block']],
    ['in an HTML comment', '<!--\n- [ ] later\n-->\n', ['2:1 warning looks like an open task but is not counted: inside an HTML block']],
    [
      'a lazy continuation line',
      'Some text\n2. [ ] second\n',
      ['2:1 warning looks like an open task but is not counted: a continuation line of the paragraph above, not a list item'],
    ],
    ['indented code after a paragraph', 'Text\n\n    - [ ] code\n', ['3:5 warning looks like an open task but is not counted: inside an indented code block']],
    ['indented code in an item', '-     [ ] five spaces in\n', ['1:1 warning looks like an open task but is not counted: inside an indented code block']],
    ['inside a quote, in HTML', '> <div>\n> - [ ] quoted\n', ['2:3 warning looks like an open task but is not counted: inside an HTML block']],
    ['a counted open task', '- [ ] a\n  - [ ] b\n> - [ ] c\n', []],
    ['a done task that looks hidden', '<div>\n- [x] done\n</div>\n', []],
    ['in fenced code: an example, passed over', '```\n- [ ] example\n```\n', []],
    ['in a quoted fence', '> ```\n> - [ ] example\n> ```\n', []],
    ['in inline code', 'Use `- [ ] a` to add one\n', []],
  ])('%s', (_name, markdown, expected) => {
    expect(hidden(markdown)).toEqual(expected);
  });

  it('does not change what is counted', () => {
    const document = parseRoadmap({ path: 'r.md', text: '## Critical\n\n- [ ] real\n<div>\n- [ ] hidden\n</div>\n', diagnostics: [] });
    expect(document.milestones.flatMap((m) => m.tasks).map((t) => t.text)).toEqual(['real']);
  });
});
