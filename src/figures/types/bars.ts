import { z } from 'astro/zod';
import { axisTitle, common, multiSeries, singleSeries, sort, strict, yesNo } from '../../schemas/figure-keys';
import { renderBarChart } from '../../charts/bars/bars';
import { describeFigure } from '../describe';
import { prepareCategorical } from './categorical';
import type { Prepared, PrepareContext, SpecOf } from './contract';
import { annotationsSchema } from '../annotations';
import { t } from '../../strings';

// Shared by the six bar and column types (src/figures/types/barres/, colonnes/, barres-groupees/…):
// their schemas and their preparation; each folder says which orientation and layout it draws.

const m = t.figureFile;

/** One value per category (barres, colonnes), some categories in the strong colour. */
export const barsSchema = strict({
  ...common,
  ...singleSeries,
  tri: sort,
  /** Categories drawn in the strong colour, the others muted. */
  surligner: z.array(z.union([z.string(), z.number()]).transform(String), { error: 'surligner : liste de catégories attendue, ex. [Montérégie, Estrie]' }).default([]),
  'titre-axe': axisTitle,
  annotations: annotationsSchema,
});

/** Several series side by side. */
export const groupedSchema = strict({ ...common, ...multiSeries, tri: sort, 'titre-axe': axisTitle, annotations: annotationsSchema });

/** Several series stacked. */
export const stackedSchema = strict({
  ...common,
  ...multiSeries,
  tri: sort,
  'titre-axe': axisTitle,
  /** Each bar stacked to 100 %. */
  pourcentages: yesNo('pourcentages').default(false),
  annotations: annotationsSchema,
});

type BarsSpec = SpecOf<typeof barsSchema> | SpecOf<typeof groupedSchema> | SpecOf<typeof stackedSchema>;

/** Prepares a bar or column chart: categories × series, drawn horizontally or vertically, single, grouped or stacked. */
export function prepareBars(
  context: PrepareContext<BarsSpec>,
  orientation: 'horizontal' | 'vertical',
  layout: 'single' | 'grouped' | 'stacked',
  kindName: string,
): Prepared | undefined {
  const { spec } = context;
  return prepareCategorical(context, {
    noNegative: layout === 'stacked',
    ordered: (c, ordered) => {
      if (!('surligner' in spec) || !spec.surligner.length) return ordered;
      const labels = new Set(ordered.map((category) => category.label));
      for (const label of spec.surligner) if (!labels.has(label)) c.keyProblem('surligner', m.unknownHighlight(label, [...labels]));
      if (c.problems.length > c.before) return undefined;
      return ordered.map((category) => ({ ...category, highlight: spec.surligner.includes(category.label) }));
    },
    large: 'cut',
    shares: 'pourcentages' in spec && spec.pourcentages,
    describe: (data, format, xKind) => describeFigure(kindName, spec, data, format, xKind),
    render: (data, request) =>
      renderBarChart(data, {
        ...request,
        orientation,
        layout: layout === 'stacked' ? ('pourcentages' in spec && spec.pourcentages ? 'stacked100' : 'stacked') : layout,
      }),
  });
}
