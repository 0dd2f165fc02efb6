import { common, singleSeries, strict } from '../../../schemas/figure-keys';
import { renderDonut } from '../../../charts/donut/donut';
import { formatNumber, formatPercent } from '../../../utils/format';
import { describeFigure } from '../../describe';
import { prepareCategorical } from '../categorical';
import { defineChartType } from '../contract';
import { categoryHighlight, highlightKey } from '../highlight';
import { t } from '../../../strings';
import about from './about';

// Donut: the parts of a whole, 6 at most, with their shares in the data table.

const m = t.figureFile;
const kindName = 'Graphique en anneau';

/** Most parts of a donut. */
export const maxDonutParts = 6;

export default defineChartType({
  ...about,
  kindName,
  kind: 'chart',
  schema: strict({
    ...common,
    ...singleSeries,
    /** Parts drawn in their colour, the others muted. */
    surligner: highlightKey('part'),
  }),
  examples: ['exemple-anneau'],
  /** Its « surligner » example, in this folder. */
  gallery: { 'exemple-anneau-surligner': { first: 'Salaires\u00a0: 2,1\u00a0M$ (50\u00a0%)', count: 5 } },
  prepare: (context) => {
    const { spec } = context;
    return prepareCategorical(context, {
      noNegative: true,
      checkValues: ({ keyProblem, table, csvName }, values, valueCols) => {
        if (values[0]!.reduce<number>((a, b) => a + (b ?? 0), 0) > 0) return true;
        keyProblem('valeur', m.donutNoWhole(table.header[valueCols[0]!]!, csvName));
        return false;
      },
      ordered: (c, ordered) => {
        if (ordered.length <= maxDonutParts) return categoryHighlight(spec.surligner, 'part')(c, ordered);
        c.keyProblem('type', m.tooManyParts(formatNumber(ordered.length), maxDonutParts));
        return undefined;
      },
      table: (rows, headers, numeric, values) => {
        const sum = values[0]!.reduce<number>((a, b) => a + (b ?? 0), 0);
        headers.push(m.share);
        numeric.push(true);
        return rows.map((r, i) => {
          const share = sum > 0 ? (values[0]![i] ?? 0) / sum : 0;
          return { ...r, raw: [...r.raw, Math.round(share * 10000) / 100], shown: [...r.shown, formatPercent(share, share > 0 && share < 0.01 ? 1 : 0)] };
        });
      },
      describe: (data, format, xKind) => describeFigure(kindName, spec, data, format, xKind),
      render: (data, request) => renderDonut(data, request),
    });
  },
});
