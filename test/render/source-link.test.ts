import { describe, expect, it } from 'vitest';
import type { LinkBase } from '../../src/model/types.js';
import { blobHref, sourceHref } from '../../src/render/source-link.js';

const PROJECT = '/home/me/project';
const at = (reportDir: string): LinkBase => ({ cwd: PROJECT, reportDir });

describe('sourceHref', () => {
  it.each<[string, string, number | null, LinkBase | undefined, string]>([
    ['on stdout: relative to the working directory', 'roadmap/vnext.md', 16, undefined, 'roadmap/vnext.md?plain=1#L16'],
    ['a report in the working directory', 'roadmap/vnext.md', 16, at(PROJECT), 'roadmap/vnext.md?plain=1#L16'],
    ['a report in docs/', 'roadmap/vnext.md', 16, at(`${PROJECT}/docs`), '../roadmap/vnext.md?plain=1#L16'],
    ['a report two folders down', 'roadmap/vnext.md', 3, at(`${PROJECT}/site/status`), '../../roadmap/vnext.md?plain=1#L3'],
    ['a report among the roadmaps', 'roadmap/vnext.md', 16, at(`${PROJECT}/roadmap`), 'vnext.md?plain=1#L16'],
    ['a report outside the working directory', 'roadmap/vnext.md', 1, at('/home/me/site'), '../project/roadmap/vnext.md?plain=1#L1'],
    ['a file outside the working directory stays absolute', '/srv/plans/a.md', 2, at(`${PROJECT}/docs`), '/srv/plans/a.md?plain=1#L2'],
    ['Windows paths', 'roadmap/a.md', 2, { cwd: 'C:\\work\\p', reportDir: 'C:\\work\\p\\docs' }, '../roadmap/a.md?plain=1#L2'],
    ['no line: the file itself', 'roadmap/vnext.md', null, at(`${PROJECT}/docs`), '../roadmap/vnext.md'],
    ['spaces, #, ?, | and parentheses are encoded', 'road map/a#b?c|d (1).md', 5, undefined, 'road%20map/a%23b%3Fc%7Cd%20%281%29.md?plain=1#L5'],
    ['non-ASCII names are encoded', 'roadmap/übersicht.md', 1, undefined, 'roadmap/%C3%BCbersicht.md?plain=1#L1'],
  ])('%s', (_name, file, line, base, expected) => {
    expect(sourceHref(file, line, base)).toBe(expected);
  });
});

describe('blobHref', () => {
  const ACTIONS = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/rocket', GITHUB_SHA: 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0' };
  it.each<[string, Record<string, string | undefined>, string, number, string | null]>([
    ['a line at the commit', ACTIONS, 'roadmap/vnext.md', 16, 'https://github.com/acme/rocket/blob/a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0/roadmap/vnext.md?plain=1#L16'],
    ['an Enterprise server, its slash dropped', { ...ACTIONS, GITHUB_SERVER_URL: 'https://git.example.com/' }, 'a.md', 1, 'https://git.example.com/acme/rocket/blob/a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0/a.md?plain=1#L1'],
    ['a name that needs encoding', ACTIONS, 'road map/#1.md', 2, 'https://github.com/acme/rocket/blob/a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0/road%20map/%231.md?plain=1#L2'],
    ['outside Actions', {}, 'a.md', 1, null],
    ['no commit', { ...ACTIONS, GITHUB_SHA: undefined }, 'a.md', 1, null],
    ['a server that is not http', { ...ACTIONS, GITHUB_SERVER_URL: 'javascript:alert(1)' }, 'a.md', 1, null],
    ['a repository that is not owner/name', { ...ACTIONS, GITHUB_REPOSITORY: 'acme/rocket/../x' }, 'a.md', 1, null],
    ['a commit that is not hex', { ...ACTIONS, GITHUB_SHA: 'main' }, 'a.md', 1, null],
  ])('%s', (_name, env, path, line, expected) => {
    expect(blobHref(env, path, line)).toBe(expected);
  });
});
