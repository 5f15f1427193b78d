/**
 * parseSimpleRoadmap: for a file wholly in the fast path's subset, the very RoadmapDocument that
 * parseRoadmap gives (front matter and diagnostics included); for any other file, null.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/document.js';
import { parseSimpleRoadmap } from '../../src/parse/simple-document.js';
import { FIXTURES, seedText } from '../helpers/fixtures.js';
import { ordinaryRoadmap } from '../helpers/generate.js';

const source = (text: string, path = 'roadmap/plan.md'): SourceFile => ({ path, text, diagnostics: [] });

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('parseSimpleRoadmap', () => {
  it('reads the seed, with its mojibake markers, as parseRoadmap does', () => {
    const document = parseSimpleRoadmap(source(seedText(), 'roadmap/vnext.md'));
    expect(document).not.toBeNull();
    expect(document).toEqual(parseRoadmap(source(seedText(), 'roadmap/vnext.md')));
    expect(document!.milestones[0]).toMatchObject({ title: 'Security Hardening', marker: 'red', line: 12 });
  });

  it.each([
    ['front matter', '---\ntitle: Platform\nrelease: v2\n---\n\n## Core\n\n### API\n**Priority**: High\n\n- [ ] ship @ana #api\n'],
    ['refused front matter, reported', '---js\nglobalThis.x = 1\n---\n\n### A\n- [ ] a\n'],
    ['loose tasks before any heading', '- [x] one\n- [ ] two\n  - [ ] nested\n'],
    ['document fields after a rule', '# Plan\n\n---\n\n**Owner**: @team\n\n## Now\n\n### B\n- [ ] b\n'],
    ['success metrics', '# Plan\n\n## Success Metrics\n\n- Uptime: > 99.9%\n- Latency: < 200 ms\n'],
  ])('gives what parseRoadmap gives: %s', (_, text) => {
    const document = parseSimpleRoadmap(source(text));
    expect(document).not.toBeNull();
    expect(document).toEqual(parseRoadmap(source(text)));
  });

  it.each([
    ['a link', '### A\n- [ ] see [the plan](plan.md)\n'],
    ['a code block', '### A\n\n```sh\n# not a heading\n```\n\n- [ ] a\n'],
    ['a table', '| a | b |\n|---|---|\n| 1 | 2 |\n'],
    ['a loose list', '- [ ] a\n\n- [ ] b\n'],
    ['a box with nothing after it', '- [ ]\n- [ ] b\n'],
  ])('leaves a file with %s to the full parser (null)', (_, text) => {
    expect(parseSimpleRoadmap(source(text))).toBeNull();
  });

  it('gives what parseRoadmap gives on every fixture it takes, and takes the plain ones', () => {
    const taken: string[] = [];
    for (const file of markdownFiles(FIXTURES)) {
      const text = readFileSync(file, 'utf8');
      const document = parseSimpleRoadmap(source(text, file));
      if (document === null) continue;
      expect(document, file).toEqual(parseRoadmap(source(text, file)));
      taken.push(file.slice(FIXTURES.length + 1));
    }
    expect(taken).toContain('seed/vnext.md');
  });

  it('leaves generated ordinary roadmaps, which hold links, to the full parser', () => {
    expect(parseSimpleRoadmap(source(ordinaryRoadmap(8 * 1024)))).toBeNull();
  });
});
