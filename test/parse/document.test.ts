import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';

const parse = (text: string, path = 'roadmap/plan.md') => parseRoadmap({ path, text, diagnostics: [] });

describe('title and release', () => {
  it.each<[string, string, string, string]>([
    ['front matter wins', '---\ntitle: From YAML\nrelease: v2\n---\n# From H1\n', 'From YAML', 'v2'],
    ['first H1', '# First\n\n# Second\n', 'First', 'First'],
    ['file name when no H1', '## Only sections\n', 'plan', 'plan'],
    ['numeric release', '---\nrelease: 2.0\n---\n# T\n', 'T', '2'],
  ])('%s', (_name, text, title, release) => {
    const document = parse(text);
    expect(document.title).toBe(title);
    expect(document.release).toBe(release);
  });
});

describe('milestones', () => {
  it('are the nearest heading of depth 2 or more above tasks', () => {
    const document = parse('# T\n\n## A\n\n- [ ] a\n\n### B\n\n- [ ] b\n\n## C\n\nText only.\n');
    expect(document.milestones.map((m) => [m.title, m.section, m.line, m.tasks.length])).toEqual([
      ['A', 'A', 3, 1],
      ['B', 'A', 7, 1],
    ]);
    expect(document.milestones[1]!.ancestors.map((h) => h.title)).toEqual(['A', 'T']);
  });

  it('tasks above any section belong to an implicit milestone named after the title', () => {
    const document = parse('# Launch\n\n- [ ] a\n- [x] b\n\n## Later\n\n- [ ] c\n');
    expect(document.milestones.map((m) => [m.title, m.implicit, m.tasks.length])).toEqual([
      ['Launch', true, 2],
      ['Later', false, 1],
    ]);
  });

  it('a heading with fields and no tasks is still a milestone', () => {
    const document = parse('## Plan\n\n**Priority**: High\n');
    expect(document.milestones).toHaveLength(1);
    expect(document.milestones[0]!.tasks).toHaveLength(0);
  });

  it('milestoneDepth moves the milestone level', () => {
    const document = parseRoadmap(
      { path: 'r.md', text: '## Section\n\n- [ ] a\n\n### Deep\n\n- [ ] b\n', diagnostics: [] },
      { milestoneDepth: 3 },
    );
    expect(document.milestones.map((m) => m.title)).toEqual(['r', 'Deep']);
  });
});

describe('status markers', () => {
  it.each<[string, string, string | null, boolean]>([
    ['### 🔴 Security', 'Security', 'red', false],
    ['### 🟠 A', 'A', 'orange', false],
    ['### 🟡 A', 'A', 'yellow', false],
    ['### 🟢 A', 'A', 'green', false],
    ['### 🔵 A', 'A', 'blue', false],
    ['### ⚪️ A', 'A', 'white', false],
    ['### ✅ A', 'A', 'done', false],
    ['### ⛔ A', 'A', 'stop', false],
    ['### 游댮 Security', 'Security', 'red', true],
    ['### 游리 A', 'A', 'yellow', true],
    ['### 游릭 A', 'A', 'green', true],
    ['### 游댯 A', 'A', 'blue', true],
    ['### Plain', 'Plain', null, false],
    ['### Ends with 🔴', 'Ends with 🔴', null, false],
  ])('%s', (heading, title, marker, mojibake) => {
    const [milestone] = parse(`${heading}\n\n- [ ] a\n`).milestones;
    expect(milestone).toMatchObject({ title, marker, markerMojibake: mojibake });
  });
});

describe('fields', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['hard breaks (two spaces)', '**Priority**: High  \n**Timeline**: 4 weeks\n', [['priority', 'High'], ['timeline', '4 weeks']]],
    ['soft breaks', '**Priority**: High\n**Timeline**: 4 weeks\n', [['priority', 'High'], ['timeline', '4 weeks']]],
    ['colon inside the bold', '**Priority:** Low\n', [['priority', 'Low']]],
    ['backslash hard break', '**Owner**: @ann\\\n**Status**: In progress\n', [['owner', '@ann'], ['status', 'In progress']]],
    ['keys are case-insensitive', '**DEPENDS ON**: auth\n', [['depends on', 'auth']]],
    ['unknown keys are not milestone fields', '**Colour**: blue\n', []],
    ['not at line start', 'See **Priority**: High\n', []],
  ])('%s', (_name, paragraph, expected) => {
    const [milestone] = parse(`## M\n\n${paragraph}\n- [ ] a\n`).milestones;
    expect(milestone!.fields.map((f) => [f.name, f.value])).toEqual(expected);
  });

  it('keeps inline code and links as references', () => {
    const [milestone] = parse('## M\n\n- [ ] a\n\n**Status**: Blocked - see `PLAN.md` and [the doc](docs/x.md)\n').milestones;
    const status = milestone!.fields[0]!;
    expect(status.value).toBe('Blocked - see PLAN.md and the doc');
    expect(status.references.map((r) => [r.target, r.line, r.column])).toEqual([
      ['PLAN.md', 5, 27],
      ['docs/x.md', 5, 41],
    ]);
  });

  it('document fields come from the preamble and after a thematic break', () => {
    const document = parse('# T\n\n**Generated**: 2025-11-04  \n**Purpose**: test\n\n## A\n\n- [ ] a\n\n---\n\n**Next Review**: 2025-12-04\n');
    expect(document.fields.map((f) => [f.name, f.value])).toEqual([
      ['generated', '2025-11-04'],
      ['purpose', 'test'],
      ['next review', '2025-12-04'],
    ]);
  });
});

describe('front matter', () => {
  it('reads YAML and keeps line numbers', () => {
    const document = parse('---\ntitle: T\npriority: p0\nblocking: true\n---\n## A\n\n- [ ] a\n');
    expect(document).toMatchObject({ title: 'T', priority: 'p0', blocking: true, diagnostics: [] });
    expect(document.milestones[0]!.tasks[0]!.line).toBe(8);
  });

  it.each<[string, string, number]>([
    ['JavaScript is refused', '---js\n{ title: "x" }\n---\n', 1],
    ['javascript is refused', '---javascript\n({})\n---\n', 1],
    ['JS is refused', '---JS\n({})\n---\n', 1],
    ['coffee is refused', '---coffee\ntitle: "x"\n---\n', 1],
    ['invalid YAML', '---\ntitle: [unclosed\n---\n', 2],
    ['wrong type', '---\ntitle:\n  nested: true\n---\n', 2],
  ])('%s → a front-matter error, and the rest is still read', (_name, front, line) => {
    const document = parse(`${front}\n## A\n\n- [ ] open task\n`);
    expect(document.diagnostics).toEqual([
      expect.objectContaining({ rule: 'front-matter', severity: 'error', line }),
    ]);
    expect(document.milestones[0]!.tasks).toHaveLength(1);
  });
});

it('an unclosed front matter block is named, and the file read as markdown', () => {
  const document = parse('---\n- [ ] a\n');
  expect(document.diagnostics).toEqual([expect.objectContaining({ rule: 'front-matter', line: 1 })]);
  expect(document.milestones[0]!.tasks).toHaveLength(1);
});

describe('success metrics', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Reliability: Uptime > 99.9%', { name: 'Reliability', label: 'Uptime', comparator: '>', target: 99.9, unit: '%' }],
    ['Runway: > 12 months', { name: 'Runway', label: null, comparator: '>', target: 12, unit: 'months' }],
    ['CAC: < LTV/3', { name: 'CAC', label: null, comparator: '<', target: 'LTV/3', unit: null }],
    ['Security: Zero critical vulnerabilities', { name: 'Security', label: 'Zero critical vulnerabilities', comparator: null, target: null, unit: null }],
    ['Latency: p95 ≤ 200 ms', { name: 'Latency', label: 'p95', comparator: '<=', target: 200, unit: 'ms' }],
    ['Users: >= 1,000', { name: 'Users', label: null, comparator: '>=', target: 1000, unit: null }],
  ])('%s', (item, expected) => {
    const document = parse(`## Success Metrics\n\n### Technical\n\n- ${item}\n- no colon here\n- [ ] Task: not a metric\n`);
    expect(document.metrics).toHaveLength(1);
    expect(document.metrics[0]).toMatchObject(expected);
  });

  it('only under a metrics heading', () => {
    expect(parse('## Notes\n\n- Reliability: Uptime > 99%\n').metrics).toHaveLength(0);
  });
});
