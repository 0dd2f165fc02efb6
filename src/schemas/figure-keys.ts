import { z } from 'astro/zod';

// The keys every figure file shares, and the building blocks of each type's schema
// (src/figures/types/<type>/): French keys, every message French and naming what is expected.

/** Value formats: the unit of the numbers as written in the CSV. */
export const valueFormats = ['nombre', 'pourcentage', 'dollars', 'k$', 'M$'] as const;

/** zod's error option: one message when the key is missing, another when its value has the wrong type. */
export const missingOr = (missing: string, wrongType: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType) });

export const text = (what: string) => z.string(missingOr(`${what} manquant`, `${what} : texte attendu`)).trim().min(1, `${what} vide`);
export const optionalText = (what: string) =>
  z
    .string({ error: `${what} : texte attendu` })
    .trim()
    .optional()
    .transform((s) => (s === '' ? undefined : s));
export const column = (role: string) =>
  z.string(missingOr(`colonne ${role} manquante`, `${role} : nom de colonne attendu`)).trim().min(1, `${role} : nom de colonne vide`);
export const columnList = (role: string) =>
  z
    .array(column(role), { error: `${role} : liste de colonnes attendue, ex. [colonne1, colonne2]` })
    .min(1, `${role} : au moins une colonne`);
export const yesNo = (what: string) =>
  z
    .union([z.boolean(), z.enum(['oui', 'non'])], { error: `${what} : oui ou non attendu` })
    .transform((v) => v === true || v === 'oui');

/** Keys every figure file has. */
export const common = {
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

export const sortOrders = ['aucun', 'croissant', 'decroissant'] as const;
export const sort = z
  .enum(sortOrders, { error: `tri : une de ces valeurs attendue : ${sortOrders.join(', ')}` })
  .default('aucun');
/** Title of the value axis. */
export const axisTitle = optionalText('titre-axe');
/** The category column's header in the data table (else the CSV's column name). */
export const categoryTitle = optionalText('titre-categories');

/** One value per category: barres, colonnes, anneau. */
export const singleSeries = {
  /** The column holding the category names. */
  categorie: column('categorie'),
  'titre-categories': categoryTitle,
  /** The column holding the values (numbers). */
  valeur: column('valeur'),
};

/** Several series: either one column per series (wide CSV) or a series column and a value column (long CSV). */
export const multiSeries = {
  categorie: column('categorie'),
  'titre-categories': categoryTitle,
  /** Wide CSV: the value columns, one per series (their headers name the series). */
  valeurs: columnList('valeurs').optional(),
  /** Long CSV: the column naming the series. */
  serie: column('serie').optional(),
  /** Long CSV: the column holding the values. */
  valeur: column('valeur').optional(),
};

export const strict = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

