import type { EditorKit } from '../../editor/figure-fields';

// The editor forms of the six bar and column types (their editor.ts files pick one).

export const barsFields = ({ fields, single, sort, axisTitle, annotations, highlight }: EditorKit) =>
  fields.object({
    ...single,
    tri: sort,
    // Note: annotations before « surligner », both ways of pointing at what matters.
    annotations,
    surligner: highlight('categorie'),
    'titre-axe': axisTitle,
  });

export const groupedFields = ({ fields, multi, sort, axisTitle, annotations, highlight }: EditorKit) =>
  fields.object({ ...multi, tri: sort, annotations, surligner: highlight('serie'), 'titre-axe': axisTitle });

export const stackedFields = ({ fields, f, multi, sort, axisTitle, annotations, highlight }: EditorKit) =>
  fields.object({ ...multi, tri: sort, annotations, surligner: highlight('serie'), 'titre-axe': axisTitle, pourcentages: fields.checkbox({ label: f.pourcentages }) });
