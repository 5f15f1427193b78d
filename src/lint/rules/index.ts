/**
 * The registry of lint rules, by stable rule id. Rules that the parser or the report already
 * emit — `unknown-priority`, `front-matter`, `timeline`, `encoding`, `binary` — are not here:
 * lint prints the report's diagnostics alongside these, so each is found in one place only.
 */
import type { RuleId } from '../../model/types.js';
import type { LintRule } from '../types.js';
import { duplicateMilestone } from './duplicate-milestone.js';
import { emptyMilestone } from './empty-milestone.js';
import { missingReference } from './missing-reference.js';
import { mojibake } from './mojibake.js';
import { statusMismatch } from './status-mismatch.js';

export const LINT_RULES = {
  'status-mismatch': statusMismatch,
  'duplicate-milestone': duplicateMilestone,
  'empty-milestone': emptyMilestone,
  mojibake,
  'missing-reference': missingReference,
} as const satisfies Partial<Record<RuleId, LintRule>>;

export type LintRuleId = keyof typeof LINT_RULES;
