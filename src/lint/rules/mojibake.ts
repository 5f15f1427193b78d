/** `mojibake`: a status marker written as the emoji's UTF-8 read as Johab; `lint --fix` repairs it. */
import type { Diagnostic } from '../../model/types.js';
import { MOJIBAKE } from '../../parse/markers.js';
import type { LintRule } from '../types.js';

export const mojibake: LintRule = (document) => {
  const found: Diagnostic[] = [];
  for (const milestone of document.milestones) {
    if (!milestone.markerMojibake) continue;
    const entry = MOJIBAKE.find(([, , marker]) => marker === milestone.marker);
    const repair = entry ? ` "${entry[0]}" should be ${entry[1]}` : '';
    found.push({
      file: document.file,
      line: milestone.line,
      column: milestone.column,
      severity: 'warning',
      rule: 'mojibake',
      message: `status marker written as mojibake:${repair} (lint --fix repairs it)`,
    });
  }
  return found;
};
