import { groupedSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';

const kindName = 'Diagramme à barres groupées';

export default defineChartType({
  order: 3,
  summary: 'barres horizontales groupées, plusieurs séries côte à côte',
  kindName,
  kind: 'chart',
  schema: groupedSchema,
  prepare: (context) => prepareBars(context, 'horizontal', 'grouped', kindName),
  examples: ['exemple-barres-groupees'],
});
