import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, f, multi, axisTitle, annotations }: EditorKit) =>
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
    annotations,
  });
