import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, f, column }: EditorKit) => fields.object({ region: column(f.region), valeur: column(f.valeur), legende: fields.text({ label: f.legende }) });
