import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, f, column, highlight, regionNotes }: EditorKit) =>
  fields.object({ region: column(f.region), valeur: column(f.valeur), legende: fields.text({ label: f.legende }), surligner: highlight('region'), annotations: regionNotes });
