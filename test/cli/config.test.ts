/** roadmap.config.json end to end: each setting changes what the commands see; mistakes exit 2. */
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILE } from '../../src/model/config-json-schema.js';
import { project } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';

interface JsonMilestone {
  title: string;
  tier: string;
  tierSource: string;
  blocking: boolean;
}

async function statusJson(files: Record<string, string>, ...args: string[]) {
  const result = await run(project(files), 'status', '--json', ...args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

function milestones(json: { roadmaps: Array<{ milestones: JsonMilestone[] }> }): string[] {
  return json.roadmaps.flatMap((r) => r.milestones.map((m) => `${m.title}: ${m.tier} ${m.tierSource}${m.blocking ? ' blocking' : ''}`));
}

const config = (value: unknown) => JSON.stringify(value, null, 2);

describe('tiers: extra words', () => {
  const roadmap = [
    '# R',
    '',
    '## Showstopper bugs',
    '- [ ] Crash on start',
    '',
    '## Later',
    '',
    '### Polish',
    '**Priority**: Showstopper',
    '',
    '- [ ] Tidy the menus',
    '',
  ].join('\n');

  it('without them, the word names no tier', async () => {
    const json = await run(project({ 'roadmap/r.md': roadmap }), 'lint', '--json');
    expect(json.code).toBe(1);
    expect(milestones(JSON.parse(json.stdout))).toEqual(['Showstopper bugs: unprioritized none', 'Polish: low inherited']);
  });

  it('with them, both a Priority value and a heading word name the tier', async () => {
    const json = await statusJson({ 'roadmap/r.md': roadmap, 'roadmap.config.json': config({ tiers: { critical: ['showstopper'] } }) });
    expect(milestones(json)).toEqual(['Showstopper bugs: critical inherited', 'Polish: critical explicit']);
    expect(json.blocked).toBe(true);
    expect(json.tiers[0]).toEqual({ tier: 'critical', done: 0, total: 2 });
  });

  it('and lint no longer calls the Priority unknown', async () => {
    const dir = project({ 'roadmap/r.md': roadmap, 'roadmap.config.json': config({ tiers: { critical: ['showstopper'] } }) });
    expect(await run(dir, 'lint')).toEqual({ code: 0, stdout: 'no problems in 1 file\n', stderr: '' });
  });
});

describe('blockingWords', () => {
  const roadmap = '# R\n\n## Launch gate\n- [ ] Sign-off\n\n## Ideas\n### Theme\n**Status**: Launch gate\n\n- [ ] Dark mode\n\n### Other\n- [ ] Later\n';

  it('mark headings and Status values as release-blocking', async () => {
    expect(milestones(await statusJson({ 'roadmap/r.md': roadmap }))).toEqual([
      'Launch gate: unprioritized none',
      'Theme: unprioritized none',
      'Other: unprioritized none',
    ]);
    const json = await statusJson({ 'roadmap/r.md': roadmap, 'roadmap.config.json': config({ blockingWords: ['launch gate'] }) });
    expect(milestones(json)).toEqual([
      'Launch gate: unprioritized none blocking',
      'Theme: unprioritized none blocking',
      'Other: unprioritized none',
    ]);
    expect(json.roadmaps[0].blockers.map((b: { text: string }) => b.text)).toEqual(['Sign-off', 'Dark mode']);
  });
});

describe('milestoneDepth', () => {
  const roadmap = '# Plan\n\n## Phase 1\n- [ ] Design\n\n### Part A\n- [ ] Build\n';

  it('3 makes H3 the shallowest milestone; tasks above one go to the file’s own', async () => {
    expect(milestones(await statusJson({ 'roadmap/p.md': roadmap })).map((m) => m.split(':')[0])).toEqual(['Phase 1', 'Part A']);
    const json = await statusJson({ 'roadmap/p.md': roadmap, 'roadmap.config.json': config({ milestoneDepth: 3 }) });
    expect(json.roadmaps[0].milestones.map((m: { title: string; total: number }) => `${m.title} ${m.total}`)).toEqual([
      'Plan 1',
      'Part A 1',
    ]);
  });
});

describe('include', () => {
  const files = { 'plans/a.md': '# A\n\n## Now\n- [ ] a\n', 'plans/b.txt': '- [ ] no\n', 'roadmap/c.md': '# C\n\n- [ ] c\n' };

  it('names the files read when the command line names none', async () => {
    const json = await statusJson({ ...files, 'roadmap.config.json': config({ include: ['plans/*.md'] }) });
    expect(json.roadmaps.map((r: { file: string }) => r.file)).toEqual(['plans/a.md']);
  });

  it('gives way to paths on the command line', async () => {
    const json = await statusJson({ ...files, 'roadmap.config.json': config({ include: ['plans/*.md'] }) }, 'roadmap');
    expect(json.roadmaps.map((r: { file: string }) => r.file)).toEqual(['roadmap/c.md']);
  });
});

describe('gate.failOn', () => {
  it('lowers the gate to high', async () => {
    const files = { 'roadmap/r.md': '# R\n\n## Short-term\n- [ ] a\n' };
    expect((await statusJson(files)).blocked).toBe(false);
    expect((await statusJson({ ...files, 'roadmap.config.json': config({ gate: { failOn: 'high' } }) })).blocked).toBe(true);
  });
});

describe('where the configuration comes from', () => {
  const files = { 'roadmap/r.md': '# R\n\n## Ship\n**Priority**: Showstopper\n- [ ] a\n' };

  it('--config names another file', async () => {
    const json = await statusJson({ ...files, 'ci/roadmap.json': config({ tiers: { critical: ['showstopper'] } }) }, '--config', 'ci/roadmap.json');
    expect(milestones(json)).toEqual(['Ship: critical explicit']);
  });

  it('a $schema key and a BOM are allowed', async () => {
    const text = `\uFEFF${config({ $schema: `./node_modules/roadmap-cli/${CONFIG_SCHEMA_FILE}`, tiers: { critical: ['showstopper'] } })}`;
    expect(milestones(await statusJson({ ...files, 'roadmap.config.json': text }))).toEqual(['Ship: critical explicit']);
  });
});

describe('a configuration mistake exits 2 with one line naming the key', () => {
  it.each([
    ['an unknown key', config({ tier: {} }), 'roadmap.config.json: unknown key "tier"'],
    ['an unknown nested key', config({ gate: { failOn: 'high', level: 1 } }), 'roadmap.config.json: unknown key "gate.level"'],
    ['a tier the gate does not know', config({ gate: { failOn: 'urgent' } }), 'roadmap.config.json: gate.failOn: Invalid option: expected one of "critical"|"high"|"medium"|"low"'],
    ['a string for a list', config({ tiers: { critical: 'showstopper' } }), 'roadmap.config.json: tiers.critical: Invalid input: expected array, received string'],
    ['a blank word', config({ blockingWords: ['  '] }), 'roadmap.config.json: blockingWords.0: must not be blank'],
    ['a word of 40,000 characters', config({ tiers: { critical: ['x'.repeat(40_000)] } }), 'roadmap.config.json: tiers.critical.0: must be at most 200 characters'],
    ['a depth out of range', config({ milestoneDepth: 7 }), 'roadmap.config.json: milestoneDepth: Too big: expected number to be <=6'],
    ['an empty include', config({ include: [] }), 'roadmap.config.json: include: Too small: expected array to have >=1 items'],
    ['not an object', '[]', 'roadmap.config.json: (root): Invalid input: expected object, received array'],
    ['invalid JSON', '{\n  "tiers": {},\n}\n', /^roadmap\.config\.json(?::\d+:\d+)?: not valid JSON \(.+\)$/],
    ['a truncated file', '{"tiers": ', /^roadmap\.config\.json(?::\d+:\d+)?: not valid JSON \(.+\)$/],
  ])('%s', async (_name, text, message) => {
    for (const command of ['status', 'lint']) {
      const result = await run(project({ 'roadmap/r.md': '- [ ] a\n', 'roadmap.config.json': text }), command);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      const line = lines[0]!.replace(/^roadmap: /, '');
      if (typeof message === 'string') expect(line).toBe(message);
      else expect(line).toMatch(message);
    }
  });

  it('a --config file that does not exist', async () => {
    const result = await run(project({ 'roadmap/r.md': '- [ ] a\n' }), 'status', '--config', 'nope.json');
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'roadmap: nope.json: cannot read the configuration (ENOENT)\n' });
  });
});
