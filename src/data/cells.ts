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

/** A whole number, optionally bounded. */
export const integer = (min?: number, max?: number) =>
  z
    .string()
    .regex(/^-?\d+$/, min !== undefined && max !== undefined ? e.integerBetween(min, max) : e.integer)
    .transform(Number)
    .refine(
      (n) => (min === undefined || n >= min) && (max === undefined || n <= max),
      min !== undefined && max !== undefined ? e.integerBetween(min, max) : e.integer,
    );

/** A whole number that may be left empty. */
export const optionalInteger = (min?: number, max?: number) =>
  z.union([z.literal('').transform(() => undefined), integer(min, max)], {
    errorMap: () => ({
      message: min !== undefined && max !== undefined ? e.integerBetween(min, max) : e.integer,
    }),
  });

const decimalPattern = /^-?\d+(?:\.\d+)?$/;

/** A decimal number written with a point, optionally bounded; empty allowed when `optional`. */
export const optionalDecimal = (min: number, max: number) =>
  z
    .string()
    .refine((s) => s === '' || (decimalPattern.test(s) && Number(s) >= min && Number(s) <= max), e.decimalBetween(min, max))
    .transform((s) => (s === '' ? undefined : Number(s)));

/** A Québec administrative region code, "01" to "17". */
export const regionCode = () => z.string().regex(/^\d{2}$/, e.regionCode);

/** An absolute http(s) URL. */
export const url = () => z.string().regex(/^https?:\/\/[^\s"<>]+$/, e.url);

/** One of a fixed list of values. */
export const oneOf = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.enum(values, { errorMap: () => ({ message: e.oneOf(values) }) });
