import { z } from 'astro/zod';
import { axisTitle, common, multiSeries, strict } from '../../../schemas/figure-keys';
import { renderLines } from '../../../charts/lines/lines';
import { describeFigure } from '../../describe';
import { prepareCategorical } from '../categorical';
import { timeAxis, xAxisKinds } from '../time-axis';
import { defineChartType } from '../contract';
import { highlightKey, seriesHighlight } from '../highlight';
import { annotationsSchema } from '../../annotations';
import about from './about';

// Lines: one or more series over years, dates or ordered categories.

const kindName = 'Graphique linéaire';

export default defineChartType({
  ...about,
  kindName,
  kind: 'chart',
  listen: { mode: 'marks' },
  schema: strict({
    ...common,
    ...multiSeries,
    'titre-axe': axisTitle,
    /** Series drawn in their colour, the others muted. */
    surligner: highlightKey('serie'),
    /** What the category column holds: years, dates, or plain categories (auto: found from the values). */
    'axe-x': z.enum(xAxisKinds, { error: `axe-x : une de ces valeurs attendue : ${xAxisKinds.join(', ')}` }).default('auto'),
    annotations: annotationsSchema,
  }),
  examples: ['exemple-lignes', 'exemple-lignes-dates', 'exemple-lignes-etapes'],
  /** Its « surligner » and annotations examples, in this folder. */
  gallery: {
    'exemple-lignes-surligner': { first: '2014 — Bas-Saint-Laurent\u00a0: 42,5\u00a0%', count: 21 },
    'exemple-lignes-annotations': { first: '15\u00a0janvier\u00a02020\u00a0: 1\u202f200', count: 8 },
  },
  prepare: (context) => {
    const { spec } = context;
    return prepareCategorical(context, {
      series: seriesHighlight(spec.surligner),
      axis: timeAxis(spec['axe-x']),
      large: 'average',
      describe: (data, format, xKind) => describeFigure(kindName, spec, data, format, xKind),
      render: (data, request, xKind) => renderLines(data, { ...request, xKind }),
    });
  },
});
