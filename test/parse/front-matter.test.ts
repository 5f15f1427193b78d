import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/parse/document.js';
import { parseFrontMatter } from '../../src/parse/front-matter.js';

const MARKER = join(tmpdir(), `roadmap-front-matter-ran-${process.pid}`);
const globals = globalThis as { roadmapPwned?: unknown };

/** Code that leaves a trace if anything evaluates it, whatever the engine. */
const PAYLOAD = `globalThis.roadmapPwned = true; require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'ran')`;

function tasksOf(text: string) {
  return parseRoadmap({ path: 'r.md', text, diagnostics: [] }).milestones.flatMap((m) => m.tasks);
}

afterEach(() => {
  rmSync(MARKER, { force: true });
  delete globals.roadmapPwned;
});

describe('front matter in a language other than YAML is refused, and nothing runs', () => {
  it.each([
    ['---js', 'js'],
    ['---javascript', 'javascript'],
    ['---JS', 'JS'],
    ['---JavaScript', 'JavaScript'],
    ['---  js  ', 'js'],
    ['--- js', 'js'],
    ['---coffee', 'coffee'],
    ['---cson', 'cson'],
    ['---toml', 'toml'],
    ['---json', 'json'],
    ['---constructor', 'constructor'],
    ['---__proto__', '__proto__'],
    ['---toString', 'toString'],
    ['---hasOwnProperty', 'hasOwnProperty'],
    ['---__defineGetter__', '__defineGetter__'],
  ])('%j', (opening, token) => {
    for (const eol of ['\n', '\r\n']) {
      for (const bom of ['', '\uFEFF']) {
        const text = `${bom}${opening}${eol}${PAYLOAD}${eol}---${eol}# Plan${eol}${eol}- [ ] still counted${eol}`;
        const result = parseFrontMatter('r.md', text);
        expect(result.diagnostics).toEqual([
          {
            file: 'r.md',
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'front-matter',
            message: `front matter in "${token}" is refused: only YAML is read`,
          },
        ]);
        expect(result.data).toEqual({});
        expect(tasksOf(text).map((t) => [t.text, t.line])).toEqual([['still counted', 6]]);
      }
    }
    expect(existsSync(MARKER)).toBe(false);
    expect(globals.roadmapPwned).toBeUndefined();
  });

  it.each(['---', '---yaml', '---YAML', '---yml', '--- yaml '])('%j is YAML', (opening) => {
    const result = parseFrontMatter('r.md', `${opening}\ntitle: Plan\n---\n`);
    expect(result.diagnostics).toEqual([]);
    expect(result.data).toEqual({ title: 'Plan' });
  });

  it('never evaluates YAML tags that name JavaScript types', () => {
    const text = `---\nrun: !!js/function |\n  function () { ${PAYLOAD} }\n---\n`;
    const result = parseFrontMatter('r.md', text);
    expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [2, 'invalid YAML: Unresolved tag: tag:yaml.org,2002:js/function'],
    ]);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('never fills or reads gray-matter\u2019s shared cache', () => {
    for (let i = 0; i < 100; i++) parseRoadmap({ path: `r${i}.md`, text: `---\ntitle: T${i}\n---\n- [ ] a\n`, diagnostics: [] });
    // Not in gray-matter's typings, but the cache its README documents is this object.
    expect(Object.keys((matter as unknown as { cache: object }).cache)).toEqual([]);
  });

  it('gray-matter is called only from the front-matter module', () => {
    const callers = sourceFiles().filter((file) => readFileSync(file, 'utf8').includes("'gray-matter'"));
    expect(callers.map((file) => file.replace(/\\/g, '/').split('/src/')[1])).toEqual(['parse/front-matter.ts']);
  });
});

describe('YAML that is hostile or broken is one diagnostic, fast, and the file is still read', () => {
  const aliasBomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  ].join('\n');

  it.each([
    ['an alias bomb', aliasBomb, 1, 'front matter expands too far through YAML aliases'],
    ['flow sequences nested 3,000 deep', `x: ${'['.repeat(3000)}${']'.repeat(3000)}`, 2, 'front matter is nested too deeply'],
    ['block sequences nested 3,000 deep', `x:\n${'- '.repeat(3000)}a`, 3, 'front matter is nested too deeply'],
    ['a block over 64 KiB', Array.from({ length: 8000 }, (_, i) => `key${i}: value`).join('\n'), 1, 'front matter is larger than 64 KiB'],
    ['a list', '- 1\n- 2', 1, 'front matter (root): Invalid input: expected object, received array'],
    ['a scalar', 'just words', 1, 'front matter (root): Invalid input: expected object, received string'],
    ['a number', '42', 1, 'front matter (root): Invalid input: expected object, received number'],
    ['a wrong type', 'title: Plan\nblocking: maybe', 3, 'front matter blocking: Invalid input: expected boolean, received string'],
    ['invalid YAML', 'title: Plan\nowner: [a, b', 3, 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['!!binary', 'title: !!binary aGVsbG8=', 2, 'invalid YAML: Unresolved tag: tag:yaml.org,2002:binary'],
    ['!!set', 'title: !!set {a, b}', 2, 'invalid YAML: Unresolved tag: tag:yaml.org,2002:set'],
    ['a custom tag', 'title: !custom x', 2, 'invalid YAML: Unresolved tag: !custom'],
  ])('%s', (_name, yaml, line, message) => {
    const text = `---\n${yaml}\n---\n## Critical\n\n- [ ] counted\n`;
    const result = parseFrontMatter('r.md', text);
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.line, d.message])).toEqual([['front-matter', 'error', line, message]]);
    expect(result.data).toEqual({});
    const taskLine = text.split('\n').indexOf('- [ ] counted') + 1;
    expect(tasksOf(text).map((t) => t.line)).toEqual([taskLine]);
  });

  it('reads an unclosed block as markdown, so nothing after it is lost', () => {
    for (const text of ['---\ntitle: Plan\n\n- [ ] counted\n', '---\ntitle: Plan\n--- trailing\n\n- [ ] counted\n']) {
      const result = parseFrontMatter('r.md', text);
      expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([[1, 'front matter is not closed by a "---" line']]);
      expect(tasksOf(text)).toHaveLength(1);
    }
  });

  it('keeps __proto__ and constructor keys as data: nothing is polluted', () => {
    const text = '---\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\ntitle: Plan\n---\n';
    const result = parseFrontMatter('r.md', text);
    expect(result.diagnostics).toEqual([]);
    expect(result.data.title).toBe('Plan');
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect((result.data as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(parseRoadmap({ path: 'r.md', text, diagnostics: [] }).title).toBe('Plan');
  });

  it('reads dates as text and merge keys as plain keys', () => {
    const result = parseFrontMatter('r.md', '---\ngenerated: 2026-01-15\nbase: &b {x: 1}\nother:\n  <<: *b\n---\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.data.generated).toBe('2026-01-15');
    expect(result.data.other).toEqual({ '<<': { x: 1 } });
  });

  it('does not let YAML warnings reach the process', () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    try {
      parseFrontMatter('r.md', '---\n? [a, b]\n: c\nt: !custom \u001b[31mx\n---\n');
    } finally {
      process.off('warning', listener);
    }
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(warnings).toEqual([]);
        resolve();
      }),
    );
  });
});

function sourceFiles(dir = join(__dirname, '..', '..', 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}
