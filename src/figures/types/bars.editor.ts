import type { EditorKit } from '../../editor/figure-fields';

// The editor forms of the six bar and column types (their editor.ts files pick one).

export const barsFields = ({ fields, f, single, sort, axisTitle, annotations }: EditorKit) =>
  fields.object({
    ...single,
    tri: sort,
    // Note: annotations before « surligner », both ways of pointing at what matters.
    annotations,
    surligner: fields.array(fields.text({ label: f.categorie }), { label: f.surligner, itemLabel: (p) => p.value }),
    'titre-axe': axisTitle,
  });

export const groupedFields = ({ fields, multi, sort, axisTitle, annotations }: EditorKit) => fields.object({ ...multi, tri: sort, 'titre-axe': axisTitle, annotations });

export const stackedFields = ({ fields, f, multi, sort, axisTitle, annotations }: EditorKit) =>
  fields.object({ ...multi, tri: sort, 'titre-axe': axisTitle, pourcentages: fields.checkbox({ label: f.pourcentages }), annotations });
