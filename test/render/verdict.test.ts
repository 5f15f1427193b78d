import { describe, expect, it } from 'vitest';
import type { Blocker, ReleaseVerdict } from '../../src/model/types.js';
import { releaseVerdict } from '../../src/render/verdict.js';

const blocker = (tier: Blocker['tier']): Blocker => ({ file: 'roadmap/a.md', line: 5, column: 1, text: 't', milestone: 'M', tier });

function release(blockers: Blocker[]): ReleaseVerdict {
  return { name: 'v2', blocked: blockers.length > 0, files: ['roadmap/a.md'], totals: { done: 0, total: 3 }, blockers };
}

describe('releaseVerdict', () => {
  it.each([
    ['clear', [], 0, 'CLEAR', 'no open task blocks it (fail-on critical)'],
    ['blocked', [blocker('critical')], 0, 'BLOCKED', '1 open task (critical)'],
    ['clear, one milestone overdue', [], 1, 'OVERDUE', '1 milestone overdue (fail-on-overdue); no open task blocks it (fail-on critical)'],
    [
      'blocked and overdue',
      [blocker('critical'), blocker('high')],
      3,
      'BLOCKED',
      '2 open tasks (1 critical, 1 high); 3 milestones overdue (fail-on-overdue)',
    ],
  ])('%s', (_name, blockers, overdue, word, detail) => {
    expect(releaseVerdict(release(blockers), 'critical', overdue)).toEqual({ word, detail });
  });
});
