import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, single }: EditorKit) => fields.object(single);
