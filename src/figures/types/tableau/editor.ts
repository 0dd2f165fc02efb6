import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, f, column, columns, sort, formatOptions, highlight }: EditorKit) =>
  fields.object({
    colonnes: columns(f.colonnes),
    barres: column(f.barres, false),
    'trier-par': column(f.trierPar, false),
    tri: sort,
    formats: fields.array(
      fields.object({ colonne: column(f.colonne), format: fields.select({ label: f.format, options: formatOptions, defaultValue: 'nombre' }) }),
      { label: f.formats, itemLabel: (p) => `${p.fields.colonne.value} : ${p.fields.format.value}` },
    ),
    surligner: highlight('ligne'),
  });
