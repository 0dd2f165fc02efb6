import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, single, highlight }: EditorKit) => fields.object({ ...single, surligner: highlight('part') });
