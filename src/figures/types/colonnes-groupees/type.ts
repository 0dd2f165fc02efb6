import { barsType } from '../bars';
import about from './about';

export default barsType(about, 'Diagramme à colonnes groupées', 'vertical', 'grouped', {
  examples: ['exemple-colonnes-groupees'],
  /** Its « surligner » example, in this folder. */
  gallery: { 'exemple-colonnes-groupees-surligner': { first: '2018 — Coopératives\u00a0: 40', count: 6 } },
});
