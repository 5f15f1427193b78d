import { describe, expect, it } from 'vitest';
import { project } from '../helpers/fixtures.js';
import { UNSAFE_OUTPUT } from '../helpers/unsafe.js';
import { run, runWithEnv } from '../helpers/io.js';

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

describe('under GitHub Actions, roadmap text never becomes a workflow command', () => {
  // Headings, tasks and file names that a fork's pull request could write to forge commands.
  const files = {
    'roadmap/::stop-commands::x.md': '# ::error title=x::y\n\n## ::warning::m\n\n**Priority**: Critical\n\n- [ ] ::add-mask::secret\n',
    'roadmap/b.md': '# ##[error]plan\n\n## Critical\n\n- [ ] ##[set-output name=x]y\n- [ ] \t::notice::tab\n',
  };
  const env = { GITHUB_ACTIONS: 'true' };
  /** The lines the runner would take for commands: `::` after white space, or `##[` anywhere. */
  const commandLines = (text: string) => text.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || /##\[(?!\\)/.test(line));

  it.each([
    ['status', ['status']],
    ['status --verbose', ['status', '--verbose']],
    ['status --json', ['status', '--json']],
    ['lint', ['lint']],
    ['report --verbose', ['report', '--verbose']],
    ['an unknown path', ['status', '::error::missing.md']],
  ])('%s', async (_name, argv) => {
    const dir = project(files);
    const result = await runWithEnv(dir, env, ...argv);
    expect(result.stdout + result.stderr).not.toBe('');
    expect(commandLines(result.stdout)).toEqual([]);
    expect(commandLines(result.stderr)).toEqual([]);
  });

  it('check writes its annotations, and no other command', async () => {
    const result = await runWithEnv(project(files), env, 'check');
    expect(result.code).toBe(1);
    const commands = [...commandLines(result.stdout), ...commandLines(result.stderr)];
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) file=roadmap\/(%3A%3Astop-commands%3A%3Ax|b)\.md,line=\d+,col=\d+,title=[^:]*::/);
    expect(result.stdout).toContain('roadmap/::stop-commands::x.md:7:1  ::add-mask::secret  (::warning::m, critical)\nroadmap/b.md:5:1  ##[\\set-output name=x]y');
  });

  it('outside Actions, text is written as it is', async () => {
    const result = await run(project(files), 'status', '--verbose');
    expect(result.stdout).toContain('##[set-output name=x]y');
  });
});
