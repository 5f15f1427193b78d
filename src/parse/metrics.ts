/** Success metrics: `Name: label comparator target unit` list items under a metrics heading. */
import type { Comparator, Metric } from '../model/types.js';

/** Headings that hold success metrics; their subheadings are included by the caller. */
export const METRICS_HEADING = /\b(?:success\s+)?(?:metrics?|kpis?)\b|\bsuccess criteria\b/i;

const COMPARATOR = /(>=|<=|≥|≤|>|<|=|~)/;
const NUMBER = /^([-+]?\d[\d,]*(?:\.\d+)?)\s*(.*)$/;
const CANONICAL: Record<string, Comparator> = { '≥': '>=', '≤': '<=' };

/** The metric a list item's text states, or undefined when it is not `Name: text`. */
export function parseMetric(text: string, line: number, column: number): Metric | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const name = text.slice(0, colon).trim();
  const statement = text.slice(colon + 1).trim();
  if (name === '' || statement === '') return undefined;

  const comparator = COMPARATOR.exec(statement);
  if (!comparator) {
    return { name, label: statement, comparator: null, target: null, unit: null, line, column };
  }
  const label = statement.slice(0, comparator.index).trim() || null;
  const targetText = statement.slice(comparator.index + comparator[0].length).trim();
  const symbol = comparator[1]!;
  const number = NUMBER.exec(targetText);
  const target = number ? Number(number[1]!.replaceAll(',', '')) : targetText || null;
  const unit = number ? number[2]!.trim() || null : null;
  return {
    name,
    label,
    comparator: CANONICAL[symbol] ?? (symbol as Comparator),
    target,
    unit,
    line,
    column,
  };
}
