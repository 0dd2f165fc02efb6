import { barsType } from '../bars';
import about from './about';

export default barsType(about, 'Diagramme à colonnes empilées', 'vertical', 'stacked', {
  examples: ['exemple-colonnes-empilees'],
});
