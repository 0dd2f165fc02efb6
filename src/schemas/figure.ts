import { z } from 'astro/zod';

// The figure file staff write (src/content/figures/<id>.yaml): a chart type, a data file, which
// columns play which role, the texts, and a few options. Keys are French, like the chapters'.
// One schema per type; every message is French and names what is expected.

/** The chart types a figure file may name, with what each draws (shown in messages and the guide). */
export const figureTypes = {
  barres: 'barres horizontales, une valeur par catégorie',
  colonnes: 'colonnes verticales (années ou catégories ordonnées)',
  'barres-groupees': 'barres horizontales groupées, plusieurs séries côte à côte',
  'colonnes-groupees': 'colonnes groupées, plusieurs séries côte à côte',
  'barres-empilees': 'barres horizontales empilées (aussi à 100 %)',
  'colonnes-empilees': 'colonnes empilées (aussi à 100 %)',
  lignes: 'lignes : une ou plusieurs séries au fil des années ou des dates',
  anneau: 'anneau : les parts d’un tout (6 parts au plus)',
  tableau: 'tableau triable, avec barres possibles dans une colonne',
  'carte-regions': 'carte des 17 régions administratives colorées selon une valeur',
} as const;

/** A chart type's key in figure files. */
export type FigureType = keyof typeof figureTypes;

/** The type names, for messages and the editor. */
export const figureTypeNames = Object.keys(figureTypes) as FigureType[];

/** Value formats: the unit of the numbers as written in the CSV. */
export const valueFormats = ['nombre', 'pourcentage', 'dollars', 'k$', 'M$'] as const;

/** zod's error option: one message when the key is missing, another when its value has the wrong type. */
const missingOr = (missing: string, wrongType: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType) });

const text = (what: string) => z.string(missingOr(`${what} manquant`, `${what} : texte attendu`)).trim().min(1, `${what} vide`);
const optionalText = (what: string) =>
  z
    .string({ error: `${what} : texte attendu` })
    .trim()
    .optional()
    .transform((s) => (s === '' ? undefined : s));
const column = (role: string) =>
  z.string(missingOr(`colonne ${role} manquante`, `${role} : nom de colonne attendu`)).trim().min(1, `${role} : nom de colonne vide`);
const columnList = (role: string) =>
  z
    .array(column(role), { error: `${role} : liste de colonnes attendue, ex. [colonne1, colonne2]` })
    .min(1, `${role} : au moins une colonne`);
const yesNo = (what: string) =>
  z
    .union([z.boolean(), z.enum(['oui', 'non'])], { error: `${what} : oui ou non attendu` })
    .transform((v) => v === true || v === 'oui');

/** Keys every figure file has. */
const common = {
  /** Title above the figure. */
  titre: text('titre'),
  /** Alt text: one or two sentences that say what the figure shows; written from the data when left empty. */
  description: optionalText('description'),
  /** Where the data comes from, in words. */
  source: text('source'),
  /** Caveats a reader must know. */
  note: optionalText('note'),
  /** The CSV file under data/ (e.g. poles-par-region.csv). */
  donnees: z
    .string(missingOr('fichier de données manquant (ex. donnees: mon-fichier.csv)', 'donnees : nom de fichier attendu'))
    .trim()
    .regex(/^[\w.-]+(\/[\w.-]+)*\.csv$/i, 'donnees : nom d’un fichier .csv du dossier data/ attendu (ex. mon-fichier.csv)'),
  /** Unit of the values as written in the CSV: 12,5 → « 12,5 % » (pourcentage), « 12,5 $ », « 12,5 k$ », « 12,5 M$ ». */
  format: z.enum(valueFormats, { error: `format : une de ces valeurs attendue : ${valueFormats.join(', ')}` }).default('nombre'),
  /** Decimals shown; by default as many as the data has (at most 3). */
  decimales: z
    .number({ error: 'decimales : nombre entier de 0 à 3 attendu' })
    .int('decimales : nombre entier de 0 à 3 attendu')
    .min(0, 'decimales : nombre entier de 0 à 3 attendu')
    .max(3, 'decimales : nombre entier de 0 à 3 attendu')
    .optional(),
  /**
   * With format pourcentage: the values are fractions of 1 (0,12 for 12 %), as a spreadsheet's
   * percentage cells are saved; they are shown multiplied by 100 (0,12 → « 12 % »).
   */
  fractions: yesNo('fractions').default(false),
};

const sortOrders = ['aucun', 'croissant', 'decroissant'] as const;
const sort = z
  .enum(sortOrders, { error: `tri : une de ces valeurs attendue : ${sortOrders.join(', ')}` })
  .default('aucun');
/** Title of the value axis. */
const axisTitle = optionalText('titre-axe');
/** The category column's header in the data table (else the CSV's column name). */
const categoryTitle = optionalText('titre-categories');

/** One value per category: barres, colonnes, anneau. */
const singleSeries = {
  /** The column holding the category names. */
  categorie: column('categorie'),
  'titre-categories': categoryTitle,
  /** The column holding the values (numbers). */
  valeur: column('valeur'),
};

/** Several series: either one column per series (wide CSV) or a series column and a value column (long CSV). */
const multiSeries = {
  categorie: column('categorie'),
  'titre-categories': categoryTitle,
  /** Wide CSV: the value columns, one per series (their headers name the series). */
  valeurs: columnList('valeurs').optional(),
  /** Long CSV: the column naming the series. */
  serie: column('serie').optional(),
  /** Long CSV: the column holding the values. */
  valeur: column('valeur').optional(),
};

const strict = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

const bars = strict({
  ...common,
  ...singleSeries,
  tri: sort,
  /** Categories drawn in the strong colour, the others muted. */
  surligner: z.array(z.union([z.string(), z.number()]).transform(String), { error: 'surligner : liste de catégories attendue, ex. [Montérégie, Estrie]' }).default([]),
  'titre-axe': axisTitle,
});

const multi = strict({ ...common, ...multiSeries, tri: sort, 'titre-axe': axisTitle });
const stacked = strict({
  ...common,
  ...multiSeries,
  tri: sort,
  'titre-axe': axisTitle,
  /** Each bar stacked to 100 %. */
  pourcentages: yesNo('pourcentages').default(false),
});

const xAxisKinds = ['auto', 'annees', 'dates', 'categories'] as const;

/** The schema of each figure type's file. */
export const figureSchemas = {
  barres: bars,
  colonnes: bars,
  'barres-groupees': multi,
  'colonnes-groupees': multi,
  'barres-empilees': stacked,
  'colonnes-empilees': stacked,
  lignes: strict({
    ...common,
    ...multiSeries,
    'titre-axe': axisTitle,
    /** What the category column holds: years, dates, or plain categories (auto: found from the values). */
    'axe-x': z.enum(xAxisKinds, { error: `axe-x : une de ces valeurs attendue : ${xAxisKinds.join(', ')}` }).default('auto'),
  }),
  anneau: strict({ ...common, ...singleSeries }),
  tableau: strict({
    ...common,
    /** Columns shown, in order (all by default); the first is the row header. */
    colonnes: columnList('colonnes').optional(),
    /** A numeric column drawn with a bar in each cell. */
    barres: column('barres').optional(),
    /** The column the table is sorted by at first, and the order. */
    'trier-par': column('trier-par').optional(),
    tri: sort,
    /** A unit per numeric column when they differ, e.g. { budget: dollars }; the others take « format ». */
    formats: z
      .record(
        z.string(),
        z.enum(valueFormats, { error: `formats : une de ces valeurs attendue pour chaque colonne : ${valueFormats.join(', ')}` }),
        { error: 'formats : une liste « colonne: format » attendue, ex. { budget: dollars }' },
      )
      .default({}),
  }),
  'carte-regions': strict({
    ...common,
    /** The column holding region codes (1 to 17, or 01 to 17). */
    region: column('region'),
    valeur: column('valeur'),
    /** Title of the legend. */
    legende: optionalText('legende'),
  }),
} satisfies Record<FigureType, z.ZodTypeAny>;

/** A figure file after validation, by type. */
export type FigureSpec = { [T in FigureType]: z.output<(typeof figureSchemas)[T]> & { type: T } }[FigureType];

/** Every key a figure file may hold, by type (for messages and the editor). */
export function keysOf(type: FigureType): string[] {
  return ['type', ...Object.keys(figureSchemas[type].shape)];
}
