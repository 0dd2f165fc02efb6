import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, f, multi, axisTitle, annotations, highlight }: EditorKit) =>
  fields.object({
    ...multi,
    'titre-axe': axisTitle,
    surligner: highlight('serie'),
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
    annotations,
  });
