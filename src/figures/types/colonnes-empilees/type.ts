import { stackedSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';

const kindName = 'Diagramme à colonnes empilées';

export default defineChartType({
  order: 6,
  summary: 'colonnes empilées (aussi à 100 %)',
  kindName,
  kind: 'chart',
  schema: stackedSchema,
  prepare: (context) => prepareBars(context, 'vertical', 'stacked', kindName),
  examples: ['exemple-colonnes-empilees'],
});
