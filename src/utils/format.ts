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

/** Units a figure file can give its values (see src/schemas/figure.ts). */
export type ValueUnit = 'nombre' | 'pourcentage' | 'dollars' | 'k$' | 'M$';

const unitSuffix: Record<ValueUnit, string> = {
  nombre: '',
  pourcentage: '\u00a0%',
  dollars: '\u00a0$',
  'k$': '\u00a0k$',
  M$: '\u00a0M$',
};

/**
 * Formatters for a figure's values, in fr-CA, the number as written in the CSV followed by its
 * unit: value shows the given decimals (12,5 % ; 1 234 $ ; 3,2 M$), tick drops trailing zeros. `scale`
 * multiplies first: 100 for percentages written as fractions (0,125 → « 12,5 % »).
 */
export function valueFormatter(unit: ValueUnit, decimals: number, scale = 1): { value: (n: number) => string; tick: (n: number) => string } {
  const suffix = unitSuffix[unit];
  return {
    value: (n) => `${formatNumber(n * scale, `,.${decimals}f`)}${suffix}`,
    tick: (n) => `${formatNumber(n * scale, `,.${Math.max(decimals, 2)}~f`)}${suffix}`,
  };
}

/** A day in French, from epoch milliseconds (UTC): formatDay(Date.UTC(2020, 0, 15)) → « 15 janvier 2020 », « 1er mai 2020 ». */
export function formatDay(time: number): string {
  const d = new Date(time);
  const day = d.getUTCDate();
  return `${day === 1 ? '1er' : day}\u00a0${monthName(d.getUTCMonth() + 1)}\u00a0${d.getUTCFullYear()}`;
}
