import type { EditorKit } from '../../../editor/figure-fields';
import { textes } from './textes';

/** The area chart's form: the series as for lines, the axis, and stacked to 100 %. */
export const fields = ({ fields, multi, axisTitle, xAxis, annotations, highlight }: EditorKit) =>
  fields.object({
    ...multi,
    'titre-axe': axisTitle,
    'axe-x': xAxis,
    pourcentages: fields.checkbox({ label: textes.editor.pourcentages }),
    surligner: highlight('serie'),
    annotations,
  });
