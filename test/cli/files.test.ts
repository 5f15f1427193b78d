import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../helpers/fixtures.js';
import { run } from '../helpers/io.js';

const posix = process.platform !== 'win32';

interface JsonTask {
  file: string;
  line: number;
  text: string;
}

/** `status --json` as data, with every file's diagnostics flattened. */
async function status(dir: string, ...args: string[]) {
  const result = await run(dir, 'status', '--json', ...args);
  const json = result.stdout ? JSON.parse(result.stdout) : undefined;
  return {
    ...result,
    json,
    files: json?.roadmaps.map((r: { file: string }) => r.file) as string[],
    blockers: json?.roadmaps.flatMap((r: { blockers: JsonTask[] }) => r.blockers) as JsonTask[],
    diagnostics: json?.roadmaps.flatMap((r: { diagnostics: Array<Record<string, unknown>> }) =>
      r.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}: ${d.message}`),
    ) as string[],
  };
}

const CRITICAL = (task: string) => `# Plan\n\n## Critical\n\n- [ ] ${task}\n- [x] shipped\n`;

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

describe('files that are not clean UTF-8', () => {
  it('reads invalid UTF-8 with replacement characters, names the first bad byte and fails closed', async () => {
    const latin1 = Buffer.from(CRITICAL('caf\u00e9 menu'), 'latin1');
    const dir = project({ 'roadmap/latin.md': latin1 });
    const result = await status(dir);
    expect(result.code).toBe(2);
    expect(result.json.totals).toEqual({ done: 1, total: 2 });
    expect(result.blockers).toMatchObject([{ line: 5, text: 'caf\uFFFD menu' }]);
    expect(result.diagnostics).toEqual([
      'roadmap/latin.md:5 error encoding: not valid UTF-8: read with replacement characters, not judged',
    ]);

    const terminal = await run(dir, 'status');
    expect(terminal.code).toBe(2);
    expect(terminal.stderr).toBe(
      'roadmap/latin.md:5:1  error  not valid UTF-8: read with replacement characters, not judged  (encoding)\n',
    );
    expect(terminal.stdout).toContain('caf\uFFFD menu');
  });

  it('skips a binary file, names the line of its first NUL, reads the others and fails closed', async () => {
    const dir = project({
      'roadmap/a.md': CRITICAL('real task'),
      'roadmap/image.md': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n- [ ] not a task\n'), Buffer.from([0, 0, 13])]),
    });
    const result = await status(dir);
    expect(result.code).toBe(2);
    expect(result.json.totals).toEqual({ done: 1, total: 2 });
    expect(result.diagnostics).toEqual(['roadmap/image.md:4 error binary: binary file (NUL bytes) skipped: not judged']);
  });

  it('fails the gate closed on an unreadable file even when every file it could read is done', async () => {
    const dir = project({
      'roadmap/a.md': '# Plan\n\n## Critical\n\n- [x] shipped\n',
      'roadmap/latin.md': Buffer.from('# Other\n\n## Critical\n\n- [x] caf\u00e9\n', 'latin1'),
    });
    const result = await run(dir, 'check');
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('roadmap/latin.md:5:1');
  });

  it('does not guess: a UTF-16 byte-order mark on text that is not UTF-16 is read as UTF-8 and fails closed', async () => {
    const dir = project({ 'roadmap/odd.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CRITICAL('odd task'))]) });
    const result = await status(dir);
    expect(result.code).toBe(2);
    expect(result.blockers).toMatchObject([{ line: 5, text: 'odd task' }]);
    expect(result.diagnostics).toEqual([
      'roadmap/odd.md:1 error encoding: starts with a UTF-16 byte order mark but is not UTF-16: read as UTF-8, not judged',
    ]);
  });

  it.each(['le', 'be'] as const)('decodes UTF-16%s with a byte-order mark, with a warning', async (endian) => {
    const dir = project({ 'roadmap/wide.md': utf16(CRITICAL('wide task'), endian) });
    const result = await status(dir);
    expect(result.code).toBe(0);
    expect(result.json.totals).toEqual({ done: 1, total: 2 });
    expect(result.blockers).toMatchObject([{ line: 5, text: 'wide task' }]);
    expect(result.diagnostics).toEqual([
      `roadmap/wide.md:1 warning encoding: UTF-16${endian.toUpperCase()} text read; roadmap files should be UTF-8`,
    ]);
  });
});

describe.runIf(posix)('links and special files', () => {
  it('reads each real file once through link loops, self-links and dangling links', async () => {
    const dir = project({ 'roadmap/a.md': CRITICAL('once'), 'roadmap/team/b.md': '- [ ] b\n' });
    symlinkSync('..', join(dir, 'roadmap/team/up'));
    symlinkSync('.', join(dir, 'roadmap/here'));
    symlinkSync('self.md', join(dir, 'roadmap/self.md'));
    symlinkSync('nowhere.md', join(dir, 'roadmap/dangling.md'));
    symlinkSync('a.md', join(dir, 'roadmap/alias.md'));
    const result = await status(dir);
    expect(result.code).toBe(0);
    expect(result.files).toEqual(['roadmap/a.md', 'roadmap/team/b.md']);
    expect(result.json.totals).toEqual({ done: 1, total: 3 });
  });

  it('passes over a FIFO met in a walk without waiting on it', async () => {
    const dir = project({ 'roadmap/a.md': CRITICAL('task') });
    execFileSync('mkfifo', [join(dir, 'roadmap/pipe.md')]);
    const result = await status(dir);
    expect(result.code).toBe(0);
    expect(result.files).toEqual(['roadmap/a.md']);
  });

  it.each([
    ['a FIFO', (dir: string) => execFileSync('mkfifo', [join(dir, 'pipe.md')]), 'pipe.md', 'pipe.md: not a regular file'],
    ['/dev/null', () => undefined, '/dev/null', '/dev/null: not a regular file'],
    [
      'a link to a file outside the tree',
      (dir: string) => symlinkSync('/etc/hostname', join(dir, 'out.md')),
      'out.md',
      'out.md: a symbolic link to outside the working tree is refused',
    ],
    [
      'a link to /dev/zero',
      (dir: string) => symlinkSync('/dev/zero', join(dir, 'zero.md')),
      'zero.md',
      'zero.md: a symbolic link to outside the working tree is refused',
    ],
    ['a link to itself', (dir: string) => symlinkSync('self.md', join(dir, 'self.md')), 'self.md', 'self.md: a loop of symbolic links'],
    [
      'a dangling link',
      (dir: string) => symlinkSync('gone.md', join(dir, 'dangling.md')),
      'dangling.md',
      'dangling.md: a symbolic link to nothing',
    ],
  ])('refuses %s named explicitly: exit 2, one line, no hang', async (_name, make, path, message) => {
    const dir = project({ 'roadmap/a.md': CRITICAL('task') });
    make(dir);
    const result = await run(dir, 'status', path);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `roadmap: ${message}\n` });
  });
});

describe('the default include', () => {
  it('reads .md and .markdown in any case, and leaves other files and hidden folders out', async () => {
    const dir = project({
      'roadmap/a.md': CRITICAL('a'),
      'roadmap/B.MD': CRITICAL('b'),
      'roadmap/c.Markdown': CRITICAL('c'),
      'roadmap/d.txt': CRITICAL('d'),
      'roadmap/.draft/e.md': CRITICAL('e'),
    });
    const result = await status(dir);
    expect(result.files).toEqual(['roadmap/B.MD', 'roadmap/a.md', 'roadmap/c.Markdown']);
  });
});

describe('paths that name nothing usable', () => {
  it.each([
    ['a missing file', ['status', 'missing.md'], 'roadmap: missing.md: no such file or directory'],
    ['a missing directory', ['status', 'nowhere/'], 'roadmap: nowhere/: no such file or directory'],
    ['a directory with no roadmap files', ['status', 'empty'], 'roadmap: no roadmap files found in empty'],
    ['a directory as --config', ['status', '--config', 'empty'], 'roadmap: empty: cannot read the configuration (EISDIR)'],
    ['a missing --config', ['status', '--config', 'gone.json'], 'roadmap: gone.json: cannot read the configuration (ENOENT)'],
  ])('%s: exit 2 naming it', async (_name, argv, line) => {
    const dir = project({ 'roadmap/a.md': CRITICAL('task') });
    mkdirSync(join(dir, 'empty'));
    const result = await run(dir, ...argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('a file as --cwd: exit 2 naming it', async () => {
    const dir = project({ 'roadmap/a.md': CRITICAL('task') });
    writeFileSync(join(dir, 'file.md'), '');
    const result = await run(dir, 'status', '--cwd', 'file.md');
    expect(result).toEqual({ code: 2, stdout: '', stderr: `roadmap: working directory ${join(dir, 'file.md')} is not a directory\n` });
  });
});
