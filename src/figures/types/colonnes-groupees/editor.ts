export { groupedFields as fields } from '../bars.editor';
