import { collection, config, fields } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { figureTypes, valueFormats, type FigureType } from './src/schemas/figure';
import { dataColumns, dataFileChoices, figureChoices } from './src/editor/figure-choices';
import { columnField, dataFileField } from './src/editor/column-fields';
// Note: for its side effect in the browser: the editor's French message for a chapter it cannot open.
import './src/editor/entry-error';
import { t } from './src/strings';

// The browser editor (Keystatic, `npm run edit`): what staff may change, with French labels. It is
// loaded only in editor mode (see astro.config.mjs); the published site never includes it.

const e = t.editor;

// Note: Vite re-runs these globs when a file is added or saved, so a new figure or CSV appears in
// the lists after the editor's page is reloaded.
const figureFiles = import.meta.glob<string>('./src/content/figures/*.yaml', { query: '?raw', import: 'default', eager: true });
const bespokeModules = import.meta.glob<string>(['./src/figures/*.ts', '!./src/figures/index.ts', '!./src/figures/types.ts', '!./src/figures/declarative.ts', '!./src/figures/describe.ts', '!./src/figures/cache.ts', '!./src/figures/cache-dir.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const dataFiles = import.meta.glob<string>('./data/*.csv', { query: '?raw', import: 'default', eager: true });

const figures = figureChoices(figureFiles, bespokeModules);
const dataChoices = dataFileChoices(Object.keys(dataFiles));
const columnsByFile = dataColumns(dataFiles);

/** The storage: the local files in `npm run edit`, a GitHub repository when KEYSTATIC_GITHUB_REPO is set at build time. */
const repo = import.meta.env.PUBLIC_KEYSTATIC_GITHUB_REPO as `${string}/${string}` | undefined;
const storage = repo ? ({ kind: 'github', repo } as const) : ({ kind: 'local' } as const);

const anchorPattern = { regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: e.components.ancreFormat };

/** The components a chapter may hold, as the editor shows them; their names are those of src/components/mdx.ts (plus Ancre). */
export const chapterComponents = {
  // Note: a new Figure has no figure yet, and askFirst opens its form at once (src/editor/keystatic-fr.ts,
  // keystaticFixes): staff choose the figure before anything is shown.
  Figure: Object.assign(
    block({
      label: e.components.figure,
      description: e.components.figureHelp,
      schema: {
        id: fields.select({ label: e.components.figureId, options: [{ label: e.components.figureNone, value: '' }, ...figures], defaultValue: '' }),
      },
      ContentView: ({ value }) => (value.id ? (figures.find((c) => c.value === value.id)?.label ?? value.id) : e.components.figureMissing),
    }),
    { askFirst: (props: { id?: unknown } | null | undefined) => !props?.id },
  ),
  ChiffresCles: block({ label: e.components.chiffresCles, description: e.components.chiffresClesHelp, schema: {} }),
  Encadre: wrapper({
    label: e.components.encadre,
    description: e.components.encadreHelp,
    schema: {
      titre: fields.text({ label: e.components.encadreTitre }),
      ton: fields.select({
        label: e.components.ton,
        options: [
          { label: e.components.tonInfo, value: 'info' },
          { label: e.components.tonImportant, value: 'important' },
        ],
        defaultValue: 'info',
      }),
    },
  }),
  Citation: wrapper({
    label: e.components.citation,
    description: e.components.citationHelp,
    schema: {
      auteur: fields.text({ label: e.components.auteur }),
      source: fields.text({ label: e.components.source }),
    },
  }),
  Illustration: block({
    label: e.components.illustration,
    description: e.components.illustrationHelp,
    schema: {
      src: fields.image({ label: e.components.image, directory: 'public/images', publicPath: '/images/', validation: { isRequired: true } }),
      alt: fields.text({ label: e.components.alt, description: e.components.altHelp, validation: { isRequired: true } }),
      legende: fields.text({ label: e.components.legende }),
      credit: fields.text({ label: e.components.credit }),
      width: fields.integer({ label: e.components.width }),
      height: fields.integer({ label: e.components.height }),
    },
  }),
  Ancre: inline({
    label: e.components.ancre,
    description: e.components.ancreHelp,
    schema: { id: fields.text({ label: e.components.ancreId, validation: { isRequired: true, pattern: anchorPattern } }) },
    ContentView: ({ value }) => `#${value.id}`,
  }),
};

const f = e.figure;
const d = e.descriptions;
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
const bars = fields.object({
  ...single,
  tri: sort,
  surligner: fields.array(fields.text({ label: f.categorie }), { label: f.surligner, itemLabel: (p) => p.value }),
  'titre-axe': axisTitle,
});
const grouped = fields.object({ ...multi, tri: sort, 'titre-axe': axisTitle });
const stacked = fields.object({ ...multi, tri: sort, 'titre-axe': axisTitle, pourcentages: fields.checkbox({ label: f.pourcentages }) });

/** The fields of each figure type: the column roles and options src/schemas/figure.ts accepts for it. */
const typeFields = {
  barres: bars,
  colonnes: bars,
  'barres-groupees': grouped,
  'colonnes-groupees': grouped,
  'barres-empilees': stacked,
  'colonnes-empilees': stacked,
  lignes: fields.object({
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
  }),
  anneau: fields.object(single),
  tableau: fields.object({
    colonnes: columns(f.colonnes),
    barres: column(f.barres, false),
    'trier-par': column(f.trierPar, false),
    tri: sort,
    formats: fields.array(
      fields.object({ colonne: column(f.colonne), format: fields.select({ label: f.format, options: formatOptions, defaultValue: 'nombre' }) }),
      { label: f.formats, itemLabel: (p) => `${p.fields.colonne.value} : ${p.fields.format.value}` },
    ),
  }),
  'carte-regions': fields.object({ region: column(f.region), valeur: column(f.valeur), legende: fields.text({ label: f.legende }) }),
} satisfies Record<FigureType, unknown>;

/** The editor's configuration: chapters and figure files, in French. */
export default config({
  storage,
  locale: 'fr-FR',
  ui: {
    brand: { name: e.brand },
    navigation: { [e.chapters]: ['chapitres'], [e.figures]: ['figures'], [e.descriptions.label]: ['descriptions'] },
  },
  collections: {
    chapitres: collection({
      label: e.chapters,
      path: 'src/content/chapters/*',
      slugField: 'titre',
      format: { contentField: 'body' },
      entryLayout: 'content',
      columns: ['ordre', 'partie'],
      schema: {
        titre: fields.slug({ name: { label: e.chapter.titre, validation: { isRequired: true } }, slug: { label: e.chapter.slug } }),
        partie: fields.text({ label: e.chapter.partie, description: e.chapter.partieHelp, validation: { isRequired: true, pattern: { regex: /^\d+\. \S/, message: e.chapter.partieFormat } } }),
        ordre: fields.integer({ label: e.chapter.ordre, description: e.chapter.ordreHelp, validation: { isRequired: true, min: 1 } }),
        resume: fields.text({ label: e.chapter.resume, description: e.chapter.resumeHelp, multiline: true, validation: { isRequired: true } }),
        pages: fields.object(
          {
            debut: fields.integer({ label: e.chapter.debut, validation: { isRequired: true, min: 1 } }),
            fin: fields.integer({ label: e.chapter.fin, validation: { isRequired: true, min: 1 } }),
          },
          { label: e.chapter.pages, layout: [6, 6] },
        ),
        chapeau: fields.text({ label: e.chapter.chapeau, description: e.chapter.chapeauHelp, multiline: true }),
        body: fields.mdx({ label: e.chapter.body, extension: 'mdx', components: chapterComponents, options: { image: false, codeBlock: false } }),
      },
    }),
    figures: collection({
      label: e.figures,
      path: 'src/content/figures/*',
      slugField: 'titre',
      format: { data: 'yaml' },
      columns: ['donnees'],
      schema: {
        titre: fields.slug({ name: { label: f.titre, validation: { isRequired: true } }, slug: { label: f.slug } }),
        donnees: dataFileField(fields.select({ label: f.donnees, description: f.donneesHelp, options: dataChoices, defaultValue: dataChoices[0]?.value ?? '' })),
        type: fields.conditional(
          fields.select({
            label: f.type,
            options: (Object.keys(figureTypes) as FigureType[]).map((value) => ({ value, label: `${value} — ${figureTypes[value]}` })),
            defaultValue: 'barres',
          }),
          typeFields,
        ),
        description: fields.text({ label: f.description, multiline: true }),
        source: fields.text({ label: f.source, multiline: true, validation: { isRequired: true } }),
        note: fields.text({ label: f.note, multiline: true }),
        format: fields.select({ label: f.format, options: formatOptions, defaultValue: 'nombre' }),
        decimales: fields.integer({ label: f.decimales, validation: { min: 0, max: 3 } }),
        fractions: fields.checkbox({ label: f.fractions, defaultValue: false }),
      },
    }),
    // The description of each data file, published on « Sources et méthodologie » (src/data/descriptions.ts).
    descriptions: collection({
      label: d.label,
      path: 'data/descriptions/*',
      slugField: 'fichier',
      format: { data: 'yaml' },
      schema: {
        fichier: fields.slug({ name: { label: d.fichier, description: d.fichierHelp, validation: { isRequired: true } }, slug: { label: d.slug } }),
        contenu: fields.text({ label: d.contenu, description: `${d.contenuHelp}. ${d.help}`, multiline: true, validation: { isRequired: true } }),
        source: fields.text({ label: d.source, description: d.help, multiline: true, validation: { isRequired: true } }),
        licence: fields.text({ label: d.licence, description: d.help, multiline: true, validation: { isRequired: true } }),
        attribution: fields.text({ label: d.attribution, description: d.attributionHelp, multiline: true }),
        date: fields.text({ label: d.date, multiline: true }),
        traitement: fields.text({ label: d.traitement, description: d.traitementHelp, multiline: true }),
        'mises-en-garde': fields.text({ label: d.misesEnGarde, description: d.misesEnGardeHelp, multiline: true }),
      },
    }),
  },
});
