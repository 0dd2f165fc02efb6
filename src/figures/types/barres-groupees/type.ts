import { groupedSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';
import about from './about';

const kindName = 'Diagramme à barres groupées';

export default defineChartType({
  ...about,
  kindName,
  kind: 'chart',
  listen: { mode: 'marks' },
  schema: groupedSchema,
  prepare: (context) => prepareBars(context, 'horizontal', 'grouped', kindName),
  examples: ['exemple-barres-groupees'],
});
