import { groupedSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';

const kindName = 'Diagramme à colonnes groupées';

export default defineChartType({
  order: 4,
  summary: 'colonnes groupées, plusieurs séries côte à côte',
  kindName,
  kind: 'chart',
  schema: groupedSchema,
  prepare: (context) => prepareBars(context, 'vertical', 'grouped', kindName),
  examples: ['exemple-colonnes-groupees'],
});
