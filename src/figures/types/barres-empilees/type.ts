import { stackedSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';

const kindName = 'Diagramme à barres empilées';

export default defineChartType({
  order: 5,
  summary: 'barres horizontales empilées (aussi à 100 %)',
  kindName,
  kind: 'chart',
  schema: stackedSchema,
  prepare: (context) => prepareBars(context, 'horizontal', 'stacked', kindName),
  examples: ['exemple-barres-empilees'],
});
