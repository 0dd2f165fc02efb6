import { axisTitle, common, multiSeries, singleSeries, sort, strict, yesNo } from '../../schemas/figure-keys';
import { renderBarChart } from '../../charts/bars/bars';
import { describeFigure } from '../describe';
import { prepareCategorical } from './categorical';
import { defineChartType, type ChartType, type Prepared, type PrepareContext, type SpecOf } from './contract';
import { categoryHighlight, highlightKey, seriesHighlight } from './highlight';
import { annotationsSchema } from '../annotations';

// Shared by the six bar and column types (src/figures/types/barres/, colonnes/, barres-groupees/…):
// their schemas, their preparation and their definition; each folder says which orientation and
// layout it draws (barsType).

/** One value per category (barres, colonnes), some categories in the strong colour. */
const barsSchema = strict({
  ...common,
  ...singleSeries,
  tri: sort,
  /** Categories drawn in the strong colour, the others muted. */
  surligner: highlightKey('categorie'),
  'titre-axe': axisTitle,
  annotations: annotationsSchema,
});

/** Several series side by side; some series in their colour, the others muted. */
const groupedSchema = strict({ ...common, ...multiSeries, tri: sort, surligner: highlightKey('serie'), 'titre-axe': axisTitle, annotations: annotationsSchema });

/** Several series stacked; some series in their colour, the others muted. */
const stackedSchema = strict({
  ...common,
  ...multiSeries,
  tri: sort,
  surligner: highlightKey('serie'),
  'titre-axe': axisTitle,
  /** Each bar stacked to 100 %. */
  pourcentages: yesNo('pourcentages').default(false),
  annotations: annotationsSchema,
});

type BarsSpec = SpecOf<typeof barsSchema> | SpecOf<typeof groupedSchema> | SpecOf<typeof stackedSchema>;

/** Prepares a bar or column chart: categories × series, drawn horizontally or vertically, single, grouped or stacked. */
function prepareBars(
  context: PrepareContext<BarsSpec>,
  orientation: 'horizontal' | 'vertical',
  layout: 'single' | 'grouped' | 'stacked',
  kindName: string,
): Prepared | undefined {
  const { spec } = context;
  return prepareCategorical(context, {
    noNegative: layout === 'stacked',
    // Note: one series highlights categories; several highlight series, since colour already tells
    // the series apart there (a highlighted category would grey every other bar's segments alike).
    ...(layout === 'single' ? { ordered: categoryHighlight(spec.surligner) } : { series: seriesHighlight(spec.surligner) }),
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

/**
 * A bar or column type (the default export of its folder's type.ts): its place and summary
 * (about.ts), the name its description gives the drawing, its orientation and layout, and its own
 * examples.
 */
export function barsType(
  about: Pick<ChartType, 'order' | 'summary'>,
  kindName: string,
  orientation: 'horizontal' | 'vertical',
  layout: 'single' | 'grouped' | 'stacked',
  own: Pick<ChartType, 'examples' | 'gallery'>,
): ChartType {
  return defineChartType({
    ...about,
    kindName,
    kind: 'chart',
    listen: { mode: 'marks' },
    schema: layout === 'single' ? barsSchema : layout === 'grouped' ? groupedSchema : stackedSchema,
    prepare: (context) => prepareBars(context, orientation, layout, kindName),
    ...own,
  });
}
