/** Each lint rule, table-driven: markdown in, the rule's diagnostics (line:column and message) out. */
import { describe, expect, it } from 'vitest';
import { LINT_RULES, type LintRuleId } from '../../src/lint/index.js';
import { filePathOf, referencedFiles } from '../../src/lint/rules/missing-reference.js';
import { saysDone } from '../../src/lint/rules/status-mismatch.js';
import { DEFAULT_SETTINGS } from '../../src/model/tier.js';
import type { Settings } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/document.js';
import { buildVocabulary } from '../../src/report/vocabulary.js';

interface Options {
  file?: string;
  existing?: string[];
  settings?: Settings;
}

/** What one rule says about a markdown text, as `line:column message` strings. */
function findings(rule: LintRuleId, markdown: string, options: Options = {}): string[] {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const document = parseRoadmap({ path: options.file ?? 'roadmap/a.md', text: markdown, diagnostics: [] }, settings);
  const existing = new Set(options.existing ?? []);
  const found = LINT_RULES[rule](document, { vocabulary: buildVocabulary(settings), exists: (p) => existing.has(p) });
  for (const diagnostic of found) expect(diagnostic.rule).toBe(rule);
  return found.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
}

const lines = (...parts: string[]) => `${parts.join('\n')}\n`;

describe('status-mismatch', () => {
  it.each([
    ['Complete with open tasks', lines('## A', '**Status**: Complete', '', '- [x] a', '- [ ] b'), ['2:1 warning Status "Complete" says the work is done, but 1 of 2 tasks are open']],
    ['Done, after an emoji', lines('## A', '**Status**: ✅ Done', '', '- [ ] a'), ['2:1 warning Status "✅ Done" says the work is done, but 1 of 1 task is open']],
    ['Completed, Status after the list', lines('## A', '', '- [ ] a', '', '**Status**: Completed'), ['5:1 warning Status "Completed" says the work is done, but 1 of 1 task is open']],
    ['Complete with every task done', lines('## A', '**Status**: Complete', '', '- [x] a'), []],
    ['In progress (65% complete)', lines('## A', '**Status**: In Progress (65% complete)', '', '- [ ] a'), []],
    ['Incomplete', lines('## A', '**Status**: Incomplete', '', '- [ ] a'), []],
    ['a legend of options', lines('## A', '**Status**: ✅ Completed | 🚧 In Progress', '', '- [ ] a'), []],
    ['Blocking with none open', lines('## A', '**Status**: Blocking release', '', '- [x] a', '- [x] b'), ['2:1 warning Status "Blocking release" says it blocks the release, but none of its 2 tasks are open']],
    ['Blocker with one open', lines('## A', '**Status**: Release blocker', '', '- [x] a', '- [ ] b'), []],
    ['Blocked (a state, not a claim)', lines('## A', '**Status**: Blocked', '', '- [x] a'), []],
    ['Blocking with no task at all (empty-milestone says so)', lines('## A', '**Status**: Blocking'), []],
    ['no Status', lines('## A', '**Priority**: High', '', '- [ ] a'), []],
  ])('%s', (_name, markdown, expected) => {
    expect(findings('status-mismatch', markdown)).toEqual(expected);
  });

  it('takes blocking words from the configuration', () => {
    const settings = { ...DEFAULT_SETTINGS, blockingWords: ['gating'] };
    expect(findings('status-mismatch', lines('## A', '**Status**: Gating', '', '- [x] a'), { settings })).toHaveLength(1);
    expect(findings('status-mismatch', lines('## A', '**Status**: Gating', '', '- [x] a'))).toEqual([]);
  });

  it.each([
    ['Complete', true],
    ['completed', true],
    ['DONE.', true],
    ['✅', true],
    ['Shipped in 1.2', true],
    ['Done-ish', false],
    ['Not done', false],
    ['Planned', false],
    ['', false],
  ])('saysDone(%j) is %s', (value, expected) => {
    expect(saysDone(value)).toBe(expected);
  });
});

describe('duplicate-milestone', () => {
  it.each([
    ['twice, on the second', lines('## A', '', '- [ ] a', '', '## A', '', '- [ ] b'), ['5:1 warning milestone "A" is already at line 1']],
    ['three times, on each later one', lines('### X', '- [ ] a', '### X', '- [ ] b', '### X', '- [ ] c'), ['3:1 warning milestone "X" is already at line 1', '5:1 warning milestone "X" is already at line 1']],
    ['case and spacing aside', lines('## Security  Hardening', '- [ ] a', '## security hardening', '- [ ] b'), ['3:1 warning milestone "security hardening" is already at line 1']],
    ['a marker aside', lines('## 🔴 Launch', '- [ ] a', '## Launch', '- [ ] b'), ['3:1 warning milestone "Launch" is already at line 1']],
    ['different titles', lines('## A', '- [ ] a', '## B', '- [ ] b'), []],
    ['a heading that is no milestone', lines('## A', 'prose', '## A', '- [ ] b'), []],
  ])('%s', (_name, markdown, expected) => {
    expect(findings('duplicate-milestone', markdown)).toEqual(expected);
  });
});

describe('empty-milestone', () => {
  it.each([
    ['fields and no tasks', lines('## A', '**Priority**: High', '**Timeline**: Q3 2026'), ['1:1 warning milestone "A" has fields but no task items (- [ ] ...); plain list items count for nothing']],
    ['fields and plain list items', lines('## A', '**Status**: Planned', '', '- a', '- b'), ['1:1 warning milestone "A" has fields but no task items (- [ ] ...); plain list items count for nothing']],
    ['fields and tasks', lines('## A', '**Priority**: High', '', '- [ ] a'), []],
    ['a parent whose subheadings hold the tasks', lines('## Phase 1', '**Priority**: High', '', '### Part', '- [ ] a'), []],
    ['a parent whose subheadings are empty too', lines('## Phase 1', '**Priority**: High', '', '### Part', '**Status**: Planned'), ['1:1 warning milestone "Phase 1" has fields but no task items (- [ ] ...); plain list items count for nothing', '4:1 warning milestone "Part" has fields but no task items (- [ ] ...); plain list items count for nothing']],
    ['a heading with neither', lines('## A', 'prose'), []],
  ])('%s', (_name, markdown, expected) => {
    expect(findings('empty-milestone', markdown)).toEqual(expected);
  });
});

describe('mojibake', () => {
  it.each([
    ['each mojibake marker, on its heading', lines('# T', '', '### 游댮 A', '- [ ] a', '', 'prose', '', '  ## 游릭 B', '- [ ] b'), ['3:1 warning status marker written as mojibake: "游댮" should be 🔴 (lint --fix repairs it)', '8:3 warning status marker written as mojibake: "游릭" should be 🟢 (lint --fix repairs it)']],
    ['real emoji', lines('## 🔴 A', '- [ ] a', '## 🟡 B', '- [ ] b'), []],
    ['mojibake that is not at the start', lines('## A 游댮', '- [ ] a'), []],
  ])('%s', (_name, markdown, expected) => {
    expect(findings('mojibake', markdown)).toEqual(expected);
  });
});

describe('missing-reference', () => {
  const status = (value: string) => lines('## A', `**Status**: ${value}`, '', '- [ ] a');

  it.each([
    ['inline code naming a missing file', status('see `PLAN.md`'), [], ['2:17 warning "PLAN.md" does not exist (looked for roadmap/PLAN.md)']],
    ['a link to a missing file', status('see [the plan](docs/plan.md#goals)'), [], ['2:17 warning "docs/plan.md#goals" does not exist (looked for roadmap/docs/plan.md)']],
    ['a path up the tree', status('`../src/`'), [], ['2:13 warning "../src/" does not exist (looked for src)']],
    ['a file that exists', status('see `PLAN.md`'), ['roadmap/PLAN.md'], []],
    ['a folder that exists', status('`../src/`'), ['src'], []],
    ['a URL', status('[issue](https://example.com/a.md)'), [], []],
    ['an anchor', status('[below](#plan.md)'), [], []],
    ['words in inline code', status('`npm run build`'), [], []],
    ['a version', status('`v1.2.3`'), [], []],
  ])('%s', (_name, markdown, existing, expected) => {
    expect(findings('missing-reference', markdown, { existing })).toEqual(expected);
  });

  it('looks in document fields too, each reference once', () => {
    const markdown = lines('# T', '', '**Purpose**: `GOALS.md`', '', '## A', '**Owner**: `team/owners.txt`', '', '- [ ] a');
    const document = parseRoadmap({ path: 'docs/road/t.md', text: markdown, diagnostics: [] });
    expect(referencedFiles(document).map((r) => `${r.line}:${r.column} ${r.path}`)).toEqual([
      '3:14 docs/road/GOALS.md',
      '6:12 docs/road/team/owners.txt',
    ]);
  });

  it.each([
    ['PR_PLAN_FINAL_REPAIRS.md', 'PR_PLAN_FINAL_REPAIRS.md'],
    ['docs/plan.md?plain=1#L4', 'docs/plan.md'],
    ['my%20plan.md', 'my plan.md'],
    ['./scripts/', './scripts/'],
    ['https://example.com/x.md', undefined],
    ['mailto:a@b.c', undefined],
    ['#section', undefined],
    ['/etc/hosts', undefined],
    ['~/notes.md', undefined],
    ['@types/node', undefined],
    ['src/*.ts', undefined],
    ['3/4', undefined],
    ['1.0.0', undefined],
    ['make test', undefined],
    ['README', undefined],
    ['a//b.md', undefined],
  ])('filePathOf(%j) is %j', (target, expected) => {
    expect(filePathOf(target)).toBe(expected);
  });
});
