/** A success metric written back as a reader wrote it: `Reliability: Uptime > 99.9%`. */
import type { Metric } from '../model/types.js';

export function metricText(metric: Metric): string {
  const target = metric.target === null ? '' : String(metric.target);
  // `99.9%` keeps its sign attached; a word (`12 months`) stands apart.
  const unit = metric.unit === null ? '' : /^\p{L}/u.test(metric.unit) ? ` ${metric.unit}` : metric.unit;
  const statement = [metric.label, metric.comparator, `${target}${unit}`].filter((part) => part !== null && part !== '').join(' ');
  return `${metric.name}: ${statement}`;
}
