import { collection, config, fields } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { dataColumns, dataFileChoices, figureChoices } from './src/editor/figure-choices';
import { dataFileField } from './src/editor/column-fields';
import { editorKit, type TypeEditor } from './src/editor/figure-fields';
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
const kit = editorKit(columnsByFile);
const formatOptions = kit.formatOptions;

// Note: each chart type's form is in its folder (src/figures/types/<type>/editor.ts), its place and
// summary in about.ts, found here as the build finds the types: a new folder is a new choice. (The
// registry itself is not imported: it holds the renderers, which run in Node, and this file runs in
// the browser.)
const typeEditors = import.meta.glob<TypeEditor>('./src/figures/types/*/editor.ts', { eager: true });
const typeAbouts = import.meta.glob<{ default: { order: number; summary: string } }>('./src/figures/types/*/about.ts', { eager: true });
const typeName = (file: string) => file.replace(/^\.\/src\/figures\/types\/([^/]+)\/[^/]+$/, '$1');
const types = Object.entries(typeAbouts)
  .map(([file, about]) => ({ name: typeName(file), ...about.default }))
  .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
/** The fields of each figure type: the column roles and options its schema accepts, in the types' order. */
const typeFields = Object.fromEntries(
  types.flatMap(({ name }) => {
    const editor = typeEditors[`./src/figures/types/${name}/editor.ts`];
    return editor ? [[name, editor.fields(kit)]] : [];
  }),
);
const typeSummary = Object.fromEntries(types.map(({ name, summary }) => [name, summary]));

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
            options: Object.keys(typeFields).map((value) => ({ value, label: `${value} — ${typeSummary[value]}` })),
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
