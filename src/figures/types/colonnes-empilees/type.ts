import { stackedSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';
import about from './about';

const kindName = 'Diagramme à colonnes empilées';

export default defineChartType({
  ...about,
  kindName,
  kind: 'chart',
  listen: { mode: 'marks' },
  schema: stackedSchema,
  prepare: (context) => prepareBars(context, 'vertical', 'stacked', kindName),
  examples: ['exemple-colonnes-empilees'],
});
