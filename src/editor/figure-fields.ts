import { fields } from '@keystatic/core';
import { valueFormats } from '../schemas/figure-keys';
import { columnField } from './column-fields';
import { t } from '../strings';

// What a chart type's editor form (src/figures/types/<type>/editor.ts) is built from: Keystatic's
// fields, a column field that offers the chosen CSV's columns, and the options several types share.
// Each folder's editor.ts exports `fields(kit)`: the form of that type's keys.

const f = t.editor.figure;

/** The pieces every type's form may use. */
export function editorKit(columnsByFile: Record<string, string[]>) {
  const column = (label: string, required = true) => columnField(fields.text({ label, validation: { isRequired: required } }), columnsByFile);
  const columns = (label: string) => fields.array(column(f.colonne), { label, itemLabel: (p) => p.value });
  const sort = fields.select({
    label: f.tri,
    options: [
      { label: f.triAucun, value: 'aucun' },
      { label: f.triCroissant, value: 'croissant' },
      { label: f.triDecroissant, value: 'decroissant' },
    ],
    defaultValue: 'aucun',
  });
  const axisTitle = fields.text({ label: f.titreAxe });
  // « axe-x » of the types drawn over time (src/figures/types/time-axis.ts): what the category column holds.
  const xAxis = fields.select({
    label: f.axeX,
    options: [
      { label: f.axeXAuto, value: 'auto' },
      { label: f.axeXAnnees, value: 'annees' },
      { label: f.axeXDates, value: 'dates' },
      { label: f.axeXCategories, value: 'categories' },
    ],
    defaultValue: 'auto',
  });
  const formatOptions = valueFormats.map((v) => ({ label: v, value: v }));
  const categoryTitle = fields.text({ label: f.titreCategories });
  const single = { categorie: column(f.categorie), 'titre-categories': categoryTitle, valeur: column(f.valeur) };
  const multi = {
    categorie: column(f.categorie),
    'titre-categories': categoryTitle,
    valeurs: columns(f.valeurs),
    serie: column(f.serie, false),
    valeur: column(f.valeurLong, false),
  };
  /** « surligner »: names of categories, series, parts, regions, points or rows (src/figures/types/highlight.ts). */
  const highlight = (kind: keyof typeof t.highlight.kinds) =>
    fields.array(fields.text({ label: t.highlight.editorItem }), { label: t.highlight.editorLabel(t.highlight.kinds[kind].many), itemLabel: (p) => p.value });
  // Annotations (src/figures/annotations.ts): each entry's genre and text, and where it sits.
  const a = t.annotations.editor;
  const annotations = fields.array(
    fields.object({
      genre: fields.select({
        label: a.genre,
        options: (['note', 'ligne', 'periode', 'bande'] as const).map((value) => ({ label: a[value], value })),
        defaultValue: 'note',
      }),
      texte: fields.text({ label: a.texte }),
      sur: fields.text({ label: a.sur }),
      valeur: fields.text({ label: a.valeur }),
      de: fields.text({ label: a.de }),
      a: fields.text({ label: a.a }),
      serie: fields.text({ label: a.serie }),
    }),
    { label: a.list, itemLabel: (p) => `${p.fields.genre.value} : ${p.fields.texte.value}` },
  );
  // A region map's annotations: notes on a region only (« genre » kept, one choice, as the figure file reads it).
  const regionNotes = fields.array(
    fields.object({
      genre: fields.select({ label: a.genre, options: [{ label: a.regionNote, value: 'note' }], defaultValue: 'note' }),
      texte: fields.text({ label: a.texte }),
      sur: fields.text({ label: a.regionSur }),
    }),
    { label: a.regionList, itemLabel: (p) => `${p.fields.texte.value} (${p.fields.sur.value})` },
  );
  return { fields, f, column, columns, sort, axisTitle, xAxis, categoryTitle, formatOptions, single, multi, highlight, annotations, regionNotes };
}

/** The kit a type's editor form receives. */
export type EditorKit = ReturnType<typeof editorKit>;

/** What a type folder's editor.ts exports. */
export interface TypeEditor {
  fields: (kit: EditorKit) => ReturnType<typeof fields.object>;
}
