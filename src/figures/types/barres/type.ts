import { barsSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';

const kindName = 'Diagramme à barres horizontales';

export default defineChartType({
  order: 1,
  summary: 'barres horizontales, une valeur par catégorie',
  kindName,
  kind: 'chart',
  schema: barsSchema,
  prepare: (context) => prepareBars(context, 'horizontal', 'single', kindName),
  examples: ['exemple-barres'],
});
