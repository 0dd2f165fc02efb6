import { z } from 'astro/zod';
import { t } from '../strings';

// Column types for CSV row schemas. Every cell arrives as a trimmed string; each helper says
// what it expects in words an author can act on, and turns the string into its typed value.

const e = t.data.expected;

/** Non-empty text. */
export const text = () => z.string().min(1, e.text);

/** Text that may be left empty (becomes undefined). */
export const optionalText = () => z.string().transform((s) => (s === '' ? undefined : s));

/** A kebab-case identifier, stable enough to appear in URLs. */
export const id = () => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.id);

/**
 * A number as people type it, made canonical: spaces (also no-break) between digit groups removed
 * (1 234 → 1234) and a lone decimal comma turned into a point (45,5 → 45.5). Anything else is left
 * as is, for the column's check to refuse with its message.
 */
export function normaliseNumber(cell: string): string {
  const compact = cell.trim().replace(/(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '');
  return /^[-−]?\d+,\d+$/.test(compact) ? compact.replace(',', '.').replace('−', '-') : compact.replace(/^−/, '-');
}

/** A whole number, optionally bounded. */
export const integer = (min?: number, max?: number) =>
  z
    .string()
    .transform(normaliseNumber)
    .pipe(z.string())
    .refine((s) => /^-?\d+$/.test(s), min !== undefined && max !== undefined ? e.integerBetween(min, max) : e.integer)
    .transform(Number)
    .refine(
      (n) => (min === undefined || n >= min) && (max === undefined || n <= max),
      min !== undefined && max !== undefined ? e.integerBetween(min, max) : e.integer,
    );

/** A whole number that may be left empty. */
export const optionalInteger = (min?: number, max?: number) =>
  z.union([z.literal('').transform(() => undefined), integer(min, max)], {
    error: min !== undefined && max !== undefined ? e.integerBetween(min, max) : e.integer,
  });

const decimalPattern = /^-?\d+(?:\.\d+)?$/;

/** A decimal number between min and max, with a decimal comma or point; may be left empty. */
export const optionalDecimal = (min: number, max: number) =>
  z
    .string()
    .transform(normaliseNumber)
    .pipe(z.string())
    .refine((s) => s === '' || (decimalPattern.test(s) && Number(s) >= min && Number(s) <= max), e.decimalBetween(min, max))
    .transform((s) => (s === '' ? undefined : Number(s)));

/**
 * A date, written 2019-05-01 (ISO) or 01/05/2019 (day/month/year, as Excel in French shows it);
 * any other form is refused. Gives the ISO string.
 */
export const date = () =>
  z
    .string()
    .transform((s) => {
      const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
      return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : s.trim();
    })
    .pipe(z.string())
    .refine((s) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return false;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
    }, e.date);

/**
 * A region code as people type it, made canonical: Excel drops the leading zero of "01"…"09", so a
 * lone digit 1–9 gets it back ("6" → "06"); anything else is left as is.
 */
export function normaliseRegionCode(cell: string): string {
  const code = cell.trim();
  return /^[1-9]$/.test(code) ? `0${code}` : code;
}

/** A Québec administrative region code, "01" to "17" ("1" to "9" accepted for "01" to "09"). */
export const regionCode = () => z.string().transform(normaliseRegionCode).pipe(z.string().regex(/^\d{2}$/, e.regionCode));

/** An absolute http(s) URL. */
export const url = () => z.string().regex(/^https?:\/\/[^\s"<>]+$/, e.url);

/** One of a fixed list of values. */
export const oneOf = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.enum(values, { error: e.oneOf(values) });
