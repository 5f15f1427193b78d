import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';

/** Every file under a folder with its content, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(dir, path)).isFile()) files[path] = readFileSync(join(dir, path), 'utf8');
  }
  return files;
}

describe('roadmap init', () => {
  it('creates roadmap/roadmap.md, which status reads', async () => {
    const dir = project({});
    const init = await run(dir, 'init');
    expect(init).toEqual({ code: 0, stdout: 'created roadmap/roadmap.md\nedit it, then run: roadmap status\n', stderr: '' });

    const status = await run(dir, 'status', '--json');
    expect(status.code).toBe(0);
    expect(status.stderr).toBe('');
    const roadmap = JSON.parse(status.stdout).roadmaps[0];
    expect(roadmap.file).toBe('roadmap/roadmap.md');
    expect(roadmap.milestones.map((m: { title: string; tier: string; tierSource: string }) => `${m.title}: ${m.tier} ${m.tierSource}`)).toEqual([
      'First release: critical explicit',
      'Feedback: high explicit',
      'Growth: medium explicit',
      'Platform: low explicit',
    ]);
    expect(roadmap.blocked).toBe(true);
    expect(roadmap.totals).toEqual({ done: 1, total: 8 });
    expect(roadmap.metrics.map((m: { name: string }) => m.name)).toEqual(['Adoption', 'Reliability']);
  });

  it('writes a file lint finds nothing wrong with, dated today, with a review in two weeks', async () => {
    const dir = project({});
    await run(dir, 'init', '--today', '2026-12-25');
    expect(await run(dir, 'lint')).toEqual({ code: 0, stdout: 'no problems in 1 file\n', stderr: '' });
    const text = readFileSync(join(dir, 'roadmap/roadmap.md'), 'utf8');
    expect(text).toContain('**Generated**: 2026-12-25  \n');
    expect(text).toContain('**Next Review**: 2027-01-08\n');
  });

  it('works relative to --cwd', async () => {
    const dir = project({ 'app/.keep': '' });
    expect((await run(dir, 'init', '--cwd', 'app')).code).toBe(0);
    expect(existsSync(join(dir, 'app/roadmap/roadmap.md'))).toBe(true);
    expect(existsSync(join(dir, 'roadmap'))).toBe(false);
  });

  it('a second init exits 2 and changes nothing', async () => {
    const dir = project({});
    await run(dir, 'init');
    writeFileSync(join(dir, 'roadmap/roadmap.md'), '# Mine\n');
    const before = snapshot(dir);
    const again = await run(dir, 'init');
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'roadmap: roadmap/roadmap.md already exists: init changes nothing\n' });
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['another roadmap file', { 'roadmap/plans/v2.md': '# V2\n' }, 'roadmap: roadmap/plans/v2.md already exists: init changes nothing\n'],
    ['a file named roadmap', { roadmap: 'not a folder' }, 'roadmap: roadmap exists and is not a folder: init changes nothing\n'],
  ])('refuses when there is %s', async (_name, files, message) => {
    const dir = project(files);
    const before = snapshot(dir);
    expect(await run(dir, 'init')).toEqual({ code: 2, stdout: '', stderr: message });
    expect(snapshot(dir)).toEqual(before);
  });

  it('goes ahead in a roadmap/ folder without markdown', async () => {
    const dir = project({ 'roadmap/notes.txt': 'keep me' });
    expect((await run(dir, 'init')).code).toBe(0);
    expect(readFileSync(join(dir, 'roadmap/notes.txt'), 'utf8')).toBe('keep me');
  });
});
