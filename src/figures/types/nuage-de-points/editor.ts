import type { EditorKit } from '../../../editor/figure-fields';
import { textes } from './textes';

const e = textes.editor;

/** The scatter's form: its columns, the points to name, the axes' titles and the x unit. */
export const fields = ({ fields, column, formatOptions, annotations, highlight }: EditorKit) =>
  fields.object({
    x: column(e.x),
    y: column(e.y),
    etiquette: column(e.etiquette, false),
    taille: column(e.taille, false),
    couleur: column(e.couleur, false),
    etiqueter: fields.array(fields.text({ label: e.point }), { label: e.etiqueter, itemLabel: (p) => p.value }),
    surligner: highlight('point'),
    'titre-x': fields.text({ label: e.titreX }),
    'titre-y': fields.text({ label: e.titreY }),
    'format-x': fields.select({ label: e.formatX, options: [{ label: e.formatXSame, value: '' }, ...formatOptions], defaultValue: '' }),
    annotations,
  });
