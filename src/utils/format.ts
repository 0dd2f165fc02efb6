import { formatLocale } from 'd3';
import { monthName, t } from '../strings';

// Québec number formats: narrow no-break space between thousands, decimal comma, "19 %".
const locale = formatLocale({
  decimal: ',',
  thousands: '\u202f',
  grouping: [3],
  currency: ['', '\u00a0$'],
  percent: '\u00a0%',
  minus: '\u2212',
});

/** A number in fr-CA form: formatNumber(1234.5) → "1 234,5"; `specifier` is a d3-format specifier. */
export function formatNumber(value: number, specifier = ',~f'): string {
  return locale.format(specifier)(value);
}

/** A share in fr-CA form: formatPercent(0.19) → "19 %". */
export function formatPercent(value: number, digits = 0): string {
  return locale.format(`.${digits}%`)(value);
}

/** A date given only as precisely as known: "mai 2019", "automne 2020" or "2020". */
export function formatPeriod(period: { year: number; month?: number; season?: keyof typeof t.seasons }): string {
  if (period.month !== undefined) return `${monthName(period.month)}\u00a0${period.year}`;
  if (period.season !== undefined) return `${t.seasons[period.season]}\u00a0${period.year}`;
  return String(period.year);
}
