import { z } from 'astro/zod';
import type { ChartCategory, ChartSeries } from '../../charts/model';
import type { PrepareContext } from './contract';
import { t } from '../../strings';

// « surligner », the same key for every chart type: some categories, series, parts, regions, points
// or rows drawn in their colour (the accent), the others muted. Each type's folder says what its
// names are (its `kind`) and where its marks take the flag; the key's schema and the check of the
// names (a French message at the key's line listing the valid names) are here. The colours are in
// src/charts/highlight.ts, the description's sentence in src/figures/describe.ts.

const h = t.highlight;

/** What a type's « surligner » names. */
export type HighlightKind = keyof typeof h.kinds;

/** The key in a type's schema: a list of names (numbers read as text, « [2020] »), empty by default. */
export const highlightKey = (kind: HighlightKind) =>
  z.array(z.union([z.string(), z.number()]).transform(String), { error: h.list(h.kinds[kind].many, h.kinds[kind].example) }).default([]);

/**
 * The names chosen, checked against the valid ones: each unknown name is a problem at the key's line
 * that lists the valid names (or, with `unknown`, the type's own message: a points map has too many
 * names to list them all). `aliases` maps other accepted spellings (a region's code) to a name.
 * Undefined when a problem was pushed.
 */
export function chosenNames(
  context: Pick<PrepareContext, 'keyProblem'>,
  wanted: readonly string[],
  valid: readonly string[],
  kind: HighlightKind,
  options: { aliases?: ReadonlyMap<string, string>; more?: string; unknown?: (name: string) => string } = {},
): Set<string> | undefined {
  const names = new Set(valid);
  const chosen = new Set<string>();
  let unknown = false;
  for (const name of wanted) {
    const found = names.has(name) ? name : options.aliases?.get(name);
    if (found === undefined) {
      context.keyProblem('surligner', options.unknown?.(name) ?? h.unknown(name, h.kinds[kind].one, h.kinds[kind].many, [...names]) + (options.more ?? ''));
      unknown = true;
    } else chosen.add(found);
  }
  return unknown ? undefined : chosen;
}

/** Categories (or series) with their flag set when highlight is asked; untouched when nothing is chosen. */
export function marked<T extends ChartCategory | ChartSeries>(items: readonly T[], chosen: ReadonlySet<string>): T[] {
  if (!chosen.size) return [...items];
  return items.map((item) => ({ ...item, highlight: chosen.has(item.label) }));
}

/** The hook of src/figures/types/categorical.ts that checks « surligner » against the series and marks them. */
export const seriesHighlight =
  (wanted: readonly string[], kind: HighlightKind = 'serie') =>
  (context: Pick<PrepareContext, 'keyProblem'>, series: readonly ChartSeries[]): ChartSeries[] | undefined => {
    const chosen = chosenNames(context, wanted, series.map((s) => s.label), kind);
    return chosen && marked(series, chosen);
  };

/** The hook of src/figures/types/categorical.ts that checks « surligner » against the categories (or parts) and marks them. */
export const categoryHighlight =
  (wanted: readonly string[], kind: HighlightKind = 'categorie') =>
  (context: Pick<PrepareContext, 'keyProblem'>, categories: readonly ChartCategory[]): ChartCategory[] | undefined => {
    const chosen = chosenNames(context, wanted, categories.map((c) => c.label), kind);
    return chosen && marked(categories, chosen);
  };
