import type { EditorKit } from '../../../editor/figure-fields';
import { textes } from './textes';

/** The area chart's form: the series as for lines, the axis, and stacked to 100 %. */
export const fields = ({ fields, f, multi, axisTitle, annotations, highlight }: EditorKit) =>
  fields.object({
    ...multi,
    'titre-axe': axisTitle,
    'axe-x': fields.select({
      label: f.axeX,
      options: [
        { label: f.axeXAuto, value: 'auto' },
        { label: f.axeXAnnees, value: 'annees' },
        { label: f.axeXDates, value: 'dates' },
        { label: f.axeXCategories, value: 'categories' },
      ],
      defaultValue: 'auto',
    }),
    pourcentages: fields.checkbox({ label: textes.editor.pourcentages }),
    surligner: highlight('serie'),
    annotations,
  });
