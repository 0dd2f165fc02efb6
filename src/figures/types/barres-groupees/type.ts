import { barsType } from '../bars';
import about from './about';

export default barsType(about, 'Diagramme à barres groupées', 'horizontal', 'grouped', {
  examples: ['exemple-barres-groupees'],
});
