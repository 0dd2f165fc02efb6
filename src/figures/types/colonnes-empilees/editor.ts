export { stackedFields as fields } from '../bars.editor';
