import { barsType } from '../bars';
import about from './about';

export default barsType(about, 'Diagramme à colonnes', 'vertical', 'single', {
  examples: ['exemple-colonnes', 'exemple-colonnes-annees', 'exemple-colonnes-mrc'],
  gallery: { 'exemple-colonnes-annotations': { first: '2015\u00a0: 12,5', count: 8 } },
});
