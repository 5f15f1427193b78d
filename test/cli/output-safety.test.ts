import { describe, expect, it } from 'vitest';
import { project } from '../helpers/fixtures.js';
import { UNSAFE_OUTPUT } from '../helpers/unsafe.js';
import { run } from '../helpers/io.js';

const ESC = '\u001b';
// No NUL: a file holding one is binary and skipped unread.
const HOSTILE = `${ESC}[2K${ESC}[1A${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\${ESC}]52;c;Y3VybA==\u0007\u009b31m\u202eevil\u2066\u0007`;

const roadmap = [
  '---',
  // JSON strings are YAML double-quoted scalars; YAML wants C1 characters escaped too.
  `title: ${JSON.stringify(`Plan ${HOSTILE}`).replaceAll('\u009b', '\\u009b')}`,
  '---',
  '',
  `## Critical ${HOSTILE}`,
  '',
  `**Priority**: ${HOSTILE}urgentish`,
  `**Status**: Blocking ${HOSTILE}`,
  '',
  `- [ ] ship ${HOSTILE} now`,
  '- [x] done',
  '',
].join('\n');

const evilName = `roadmap/${ESC}[31mred\u202eevil.md`;

describe('roadmap text never reaches the terminal as control characters', () => {
  it('in the terminal view, with --verbose, and its diagnostics', async () => {
    const dir = project({ [evilName]: roadmap, 'roadmap/refused.md': `---${ESC}]0;x\u0007js\nx\n---\n- [ ] a\n` });
    const result = await run(dir, 'status', '--verbose');
    expect(result.stdout).toContain('ship');
    expect(result.stderr).toContain('(front-matter)');
    expect(result.stderr).toContain('(unknown-priority)');
    expect(result.stdout).not.toMatch(UNSAFE_OUTPUT);
    expect(result.stderr).not.toMatch(UNSAFE_OUTPUT);
  });

  it('in JSON, whose values still carry the exact text', async () => {
    const dir = project({ [evilName]: roadmap });
    const result = await run(dir, 'status', '--json');
    expect(result.stdout).not.toMatch(UNSAFE_OUTPUT);
    const json = JSON.parse(result.stdout);
    expect(json.roadmaps[0].file).toBe(evilName);
    expect(json.roadmaps[0].title).toBe(`Plan ${HOSTILE}`);
    expect(json.roadmaps[0].diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['unknown-priority']);
    expect(json.roadmaps[0].blockers[0].text).toContain('\u202eevil');
    expect(json.roadmaps[0].blockers[0].text).toContain('\u009b31m');
  });

  it.each([
    ['a path argument', (dir: string) => run(dir, 'status', `missing${HOSTILE}.md`)],
    ['an unknown option', (dir: string) => run(dir, 'status', `--x${HOSTILE}`)],
    ['a config key', () => run(project({ 'roadmap.config.json': JSON.stringify({ [`k${HOSTILE}`]: 1 }), 'roadmap/a.md': '- [ ] a\n' }), 'status')],
    ['a --today value', (dir: string) => run(dir, 'status', '--today', HOSTILE)],
  ])('in the error for %s', async (_name, invoke) => {
    const result = await invoke(project({ 'roadmap/a.md': '- [ ] a\n' }));
    expect(result.code).toBe(2);
    expect(result.stderr.length).toBeGreaterThan(0);
    expect(result.stderr).not.toMatch(UNSAFE_OUTPUT);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
