// The figure file staff write (src/content/figures/<id>.yaml): a chart type, a data file, which
// columns play which role, the texts, and a few options. The keys every file has are
// src/schemas/figure-keys.ts; each type's own keys, with their French messages, are in its folder
// (src/figures/types/<type>/type.ts), listed by src/figures/types/index.ts.

export { valueFormats } from './figure-keys';
export { figureTypes, figureTypeNames, figureSchemas, keysOf, type FigureType, type FigureSpec } from '../figures/types/index';
