import type { EditorKit } from '../../../editor/figure-fields';
import { textes } from './textes';

const e = textes.editor;

/** The small multiples' form: the panel, category and value columns, lines or columns, the axes. */
export const fields = ({ fields, column, axisTitle, categoryTitle, xAxis, highlight }: EditorKit) =>
  fields.object({
    panneau: column(e.panneau),
    categorie: column(e.categorie),
    'titre-categories': categoryTitle,
    valeur: column(e.valeur),
    graphique: fields.select({
      label: e.graphique,
      options: [
        { label: e.lignes, value: 'lignes' },
        { label: e.colonnes, value: 'colonnes' },
      ],
      defaultValue: 'lignes',
    }),
    'titre-axe': axisTitle,
    surligner: highlight('panneau'),
    'axe-x': xAxis,
  });
