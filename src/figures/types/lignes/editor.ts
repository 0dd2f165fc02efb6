import type { EditorKit } from '../../../editor/figure-fields';

export const fields = ({ fields, multi, axisTitle, xAxis, annotations, highlight }: EditorKit) =>
  fields.object({
    ...multi,
    'titre-axe': axisTitle,
    surligner: highlight('serie'),
    'axe-x': xAxis,
    annotations,
  });
