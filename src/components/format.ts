import { formatNumber } from '../model/locale';

/**
 * A metric value with its unit: symbols sit close (`3.2%`, `£120`-style units written
 * after), words get a space (`29 days`, `610 USD`, `4,2 раза`). A number is written as
 * the journey's language writes numbers (`locale`).
 */
export function formatMetric(value: number | string, unit: string | undefined, locale?: string): string {
  const text = typeof value === 'number' ? formatNumber(value, locale) : String(value);
  if (!unit) return text;
  // A unit that starts with a letter (any script) reads as a word.
  return /^\p{L}/u.test(unit) ? `${text}\u00a0${unit}` : `${text}${unit}`;
}
