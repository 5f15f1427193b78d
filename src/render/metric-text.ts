/** A success metric written back as a reader wrote it: `Reliability: Uptime > 99.9%`. */
import type { Metric } from '../model/types.js';

export function metricText(metric: Metric): string {
  const statement = [metric.label ?? '', targetText(metric)].filter((part) => part !== '').join(' ');
  return `${metric.name}: ${statement}`;
}

/** The target alone, comparator first: `> 99.9%`, `> 12 months`, `< LTV/3`; '' when there is none. */
export function targetText(metric: Metric): string {
  const target = metric.target === null ? '' : String(metric.target);
  // `99.9%` keeps its sign attached; a word (`12 months`) stands apart.
  const unit = metric.unit === null ? '' : /^\p{L}/u.test(metric.unit) ? ` ${metric.unit}` : metric.unit;
  return [metric.comparator ?? '', `${target}${unit}`].filter((part) => part !== '').join(' ');
}
