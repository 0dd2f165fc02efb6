import { barsType } from '../bars';
import about from './about';

export default barsType(about, 'Diagramme à barres horizontales', 'horizontal', 'single', {
  examples: ['exemple-barres'],
  gallery: { 'exemple-barres-annotations': { first: 'Montréal\u00a0: 44,0', count: 9 } },
});
