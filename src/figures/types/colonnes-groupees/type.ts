import { groupedSchema, prepareBars } from '../bars';
import { defineChartType } from '../contract';
import about from './about';

const kindName = 'Diagramme à colonnes groupées';

export default defineChartType({
  ...about,
  kindName,
  kind: 'chart',
  listen: { mode: 'marks' },
  schema: groupedSchema,
  prepare: (context) => prepareBars(context, 'vertical', 'grouped', kindName),
  examples: ['exemple-colonnes-groupees'],
  /** Its « surligner » example, in this folder. */
  gallery: { 'exemple-colonnes-groupees-surligner': { first: '2018 — Coopératives\u00a0: 40', count: 6 } },
});
