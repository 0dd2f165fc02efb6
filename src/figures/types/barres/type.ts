import { barsSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';
import about from './about';

const kindName = 'Diagramme à barres horizontales';

export default defineChartType({
  ...about,
  kindName,
  kind: 'chart',
  listen: { mode: 'marks' },
  schema: barsSchema,
  prepare: (context) => prepareBars(context, 'horizontal', 'single', kindName),
  examples: ['exemple-barres'],
  gallery: { 'exemple-barres-annotations': { first: 'Montréal\u00a0: 44,0', count: 9 } },
});
