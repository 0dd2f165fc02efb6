import { barsSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';

const kindName = 'Diagramme à colonnes';

export default defineChartType({
  order: 2,
  summary: 'colonnes verticales (années ou catégories ordonnées)',
  kindName,
  kind: 'chart',
  schema: barsSchema,
  prepare: (context) => prepareBars(context, 'vertical', 'single', kindName),
  examples: ['exemple-colonnes', 'exemple-colonnes-annees', 'exemple-colonnes-mrc'],
});
