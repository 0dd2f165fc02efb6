import { barsType } from '../bars';
import about from './about';

export default barsType(about, 'Diagramme à barres empilées', 'horizontal', 'stacked', {
  examples: ['exemple-barres-empilees'],
  /** Its « surligner » example, in this folder. */
  gallery: { 'exemple-barres-empilees-surligner': { first: 'Habitation — Coopératives\u00a0: 22', count: 12 } },
});
