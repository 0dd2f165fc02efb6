import { stackedSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';
import about from './about';

const kindName = 'Diagramme à barres empilées';

export default defineChartType({
  ...about,
  kindName,
  kind: 'chart',
  listen: { mode: 'marks' },
  schema: stackedSchema,
  prepare: (context) => prepareBars(context, 'horizontal', 'stacked', kindName),
  examples: ['exemple-barres-empilees'],
  /** Its « surligner » example, in this folder. */
  gallery: { 'exemple-barres-empilees-surligner': { first: 'Habitation — Coopératives\u00a0: 22', count: 12 } },
});
