import { barsSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';
import about from './about';

const kindName = 'Diagramme à colonnes';

export default defineChartType({
  ...about,
  kindName,
  kind: 'chart',
  listen: { mode: 'marks' },
  schema: barsSchema,
  prepare: (context) => prepareBars(context, 'vertical', 'single', kindName),
  examples: ['exemple-colonnes', 'exemple-colonnes-annees', 'exemple-colonnes-mrc'],
  gallery: { 'exemple-colonnes-annotations': { first: '2015\u00a0: 12,5', count: 8 } },
});
