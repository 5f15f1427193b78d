import { describe, expect, it } from 'vitest';
import type { LinkBase } from '../../src/model/types.js';
import { sourceHref } from '../../src/render/source-link.js';

const PROJECT = '/home/me/project';
const at = (reportDir: string): LinkBase => ({ cwd: PROJECT, reportDir });

describe('sourceHref', () => {
  it.each<[string, string, number | null, LinkBase | undefined, string]>([
    ['on stdout: relative to the working directory', 'roadmap/vnext.md', 16, undefined, 'roadmap/vnext.md#L16'],
    ['a report in the working directory', 'roadmap/vnext.md', 16, at(PROJECT), 'roadmap/vnext.md#L16'],
    ['a report in docs/', 'roadmap/vnext.md', 16, at(`${PROJECT}/docs`), '../roadmap/vnext.md#L16'],
    ['a report two folders down', 'roadmap/vnext.md', 3, at(`${PROJECT}/site/status`), '../../roadmap/vnext.md#L3'],
    ['a report among the roadmaps', 'roadmap/vnext.md', 16, at(`${PROJECT}/roadmap`), 'vnext.md#L16'],
    ['a report outside the working directory', 'roadmap/vnext.md', 1, at('/home/me/site'), '../project/roadmap/vnext.md#L1'],
    ['a file outside the working directory stays absolute', '/srv/plans/a.md', 2, at(`${PROJECT}/docs`), '/srv/plans/a.md#L2'],
    ['Windows paths', 'roadmap/a.md', 2, { cwd: 'C:\\work\\p', reportDir: 'C:\\work\\p\\docs' }, '../roadmap/a.md#L2'],
    ['no line: the file itself', 'roadmap/vnext.md', null, at(`${PROJECT}/docs`), '../roadmap/vnext.md'],
    ['spaces, #, ?, | and parentheses are encoded', 'road map/a#b?c|d (1).md', 5, undefined, 'road%20map/a%23b%3Fc%7Cd%20%281%29.md#L5'],
    ['non-ASCII names are encoded', 'roadmap/übersicht.md', 1, undefined, 'roadmap/%C3%BCbersicht.md#L1'],
  ])('%s', (_name, file, line, base, expected) => {
    expect(sourceHref(file, line, base)).toBe(expected);
  });
});
