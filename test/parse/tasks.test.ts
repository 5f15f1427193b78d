import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';

function taskLines(text: string): number[] {
  return parseRoadmap({ path: 'r.md', text, diagnostics: [] }).milestones.flatMap((m) => m.tasks.map((t) => t.line));
}

describe('task items are the ones GitHub renders as checkboxes', () => {
  it.each([
    ['open, done and upper-case done', '- [ ] a\n- [x] b\n- [X] c\n', [1, 2, 3]],
    ['nested, ordered and other bullets', '1. [ ] a\n   * [ ] b\n     + [x] c\n', [1, 2, 3]],
    ['quoted', '> - [ ] a\n', [1]],
    ['a checkbox on the line after a bare marker is text', '-\n  [ ] a\n- [ ] b\n', [3]],
    ['code, comments and inline code never count', '```\n- [ ] a\n```\n<!--\n- [ ] b\n-->\n`- [ ] c`\n', []],
  ])('%s', (_name, text, lines) => {
    expect(taskLines(text)).toEqual(lines);
  });
});
