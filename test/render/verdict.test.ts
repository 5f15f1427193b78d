import { describe, expect, it } from 'vitest';
import type { Blocker, ReleaseVerdict } from '../../src/model/types.js';
import { NOT_JUDGED_DETAIL, releaseVerdict } from '../../src/render/verdict.js';

const blocker = (tier: Blocker['tier']): Blocker => ({ file: 'roadmap/a.md', line: 5, column: 1, text: 't', milestone: 'M', tier });

function release(blockers: Blocker[], judged = true): ReleaseVerdict {
  return { name: 'v2', blocked: blockers.length > 0, judged, files: ['roadmap/a.md'], totals: { done: 0, total: 3 }, blockers };
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

  it('is never clear for a release with a file that could not be fully read', () => {
    expect(releaseVerdict(release([], false), 'critical')).toEqual({ word: 'NOT JUDGED', detail: NOT_JUDGED_DETAIL });
    expect(releaseVerdict(release([blocker('critical')], false), 'critical')).toEqual({
      word: 'BLOCKED',
      detail: `1 open task (critical); ${NOT_JUDGED_DETAIL}`,
    });
  });
});
