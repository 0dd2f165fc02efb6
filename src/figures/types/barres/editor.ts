export { barsFields as fields } from '../bars.editor';
