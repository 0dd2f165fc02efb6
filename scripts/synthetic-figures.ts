// Synthetic figure files and CSVs of any size, one case per figure type, for the size benchmark
// (scripts/bench-types.ts) and the size budget test (tests/figures/sizes.test.ts). Values come
// from a seeded generator: the same rows on every run.
import type { FigureType } from '../src/schemas/figure';
import { chartTypes } from '../src/figures/types/index';

/** The CSV layouts the cases use; types that share a layout share one file per size; `type:<name>` is a type's own (its folder's `largeCase`). */
export type CsvShape = 'categories' | 'wide' | 'long' | 'dates' | 'parts' | 'table' | 'regions' | `type:${string}`;

/** One benchmark case: a figure type, the CSV layout it reads and the keys of its figure file. */
export interface TypeCase {
  /** Name shown in tables: the type, with a hint when a type has several cases. */
  name: string;
  type: FigureType;
  shape: CsvShape;
  /** Lines of the figure file after type, titre, donnees and source. */
  keys: string;
}

/** Series of the wide and long layouts. */
export const seriesNames = ['Coopératives', 'OBNL', 'Mutuelles'] as const;

/** Every figure type once (lines twice: categories and dates); colonnes-groupees reads the long layout. */
export const typeCases: readonly TypeCase[] = [
  { name: 'barres', type: 'barres', shape: 'categories', keys: 'categorie: secteur\nvaleur: entreprises\ntri: decroissant\ntitre-axe: Entreprises\n' },
  { name: 'colonnes', type: 'colonnes', shape: 'categories', keys: 'categorie: secteur\nvaleur: entreprises\n' },
  { name: 'barres-groupees', type: 'barres-groupees', shape: 'wide', keys: `categorie: secteur\nvaleurs: [${seriesNames.join(', ')}]\n` },
  { name: 'colonnes-groupees (long)', type: 'colonnes-groupees', shape: 'long', keys: 'categorie: secteur\nserie: forme\nvaleur: entreprises\n' },
  { name: 'barres-empilees', type: 'barres-empilees', shape: 'wide', keys: `categorie: secteur\nvaleurs: [${seriesNames.join(', ')}]\n` },
  { name: 'colonnes-empilees (100 %)', type: 'colonnes-empilees', shape: 'wide', keys: `categorie: secteur\nvaleurs: [${seriesNames.join(', ')}]\npourcentages: oui\n` },
  { name: 'lignes', type: 'lignes', shape: 'wide', keys: `categorie: secteur\nvaleurs: [${seriesNames.join(', ')}]\n` },
  { name: 'lignes (dates)', type: 'lignes', shape: 'dates', keys: 'categorie: date\nvaleur: abonnes\ntitre-axe: Abonnés\n' },
  { name: 'anneau', type: 'anneau', shape: 'parts', keys: 'categorie: poste\nvaleur: montant\nformat: M$\n' },
  { name: 'tableau', type: 'tableau', shape: 'table', keys: 'barres: projets\ntrier-par: budget\ntri: decroissant\nformats:\n  budget: dollars\n' },
  { name: 'carte-regions', type: 'carte-regions', shape: 'regions', keys: 'region: code\nvaleur: taux\nformat: pourcentage\n' },
  // The types whose folder brings its own case.
  ...Object.entries(chartTypes).flatMap(([type, chart]) => (chart.largeCase ? [{ name: type, type, shape: `type:${type}` as const, keys: chart.largeCase.keys }] : [])),
];

/** A small seeded generator (mulberry32): numbers in [0, 1), the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toString();
const day = 86_400_000;

/**
 * A CSV of `rows` data rows (header not counted) in one layout. Category names are unique except
 * in the long layout (one row per category and series) and the regions layout, whose codes cycle
 * through 1 to 17, so that more than 17 rows repeat a region.
 */
export function syntheticCsv(shape: CsvShape, rows: number): string {
  const random = seededRandom(rows * 31 + shape.length);
  const lines: string[] = [];
  const sector = (i: number) => `Secteur ${i + 1}`;
  if (shape.startsWith('type:')) return chartTypes[shape.slice('type:'.length)]!.largeCase!.csv(rows, random);
  switch (shape) {
    case 'categories':
      lines.push('secteur,entreprises');
      for (let i = 0; i < rows; i++) lines.push(`${sector(i)},${oneDecimal(random() * 1000)}`);
      break;
    case 'wide':
      lines.push(`secteur,${seriesNames.join(',')}`);
      for (let i = 0; i < rows; i++) {
        const base = 40 + 25 * Math.sin(i / 40);
        lines.push(`${sector(i)},${seriesNames.map((_, s) => oneDecimal(base * (1 + s / 2) + random() * 10)).join(',')}`);
      }
      break;
    case 'long':
      lines.push('secteur,forme,entreprises');
      for (let i = 0; i < rows; i++) lines.push(`${sector(Math.floor(i / seriesNames.length))},${seriesNames[i % seriesNames.length]},${oneDecimal(random() * 100)}`);
      break;
    case 'dates':
      lines.push('date,abonnes');
      for (let i = 0; i < rows; i++) {
        const date = new Date(Date.UTC(1800, 0, 1) + i * day).toISOString().slice(0, 10);
        lines.push(`${date},${Math.round(1000 + 400 * Math.sin(i / 90) + random() * 100)}`);
      }
      break;
    case 'parts':
      lines.push('poste,montant');
      for (let i = 0; i < rows; i++) lines.push(`Poste ${i + 1},${oneDecimal(0.2 + random() * 3)}`);
      break;
    case 'table':
      lines.push('region,projets,budget,partenaires');
      for (let i = 0; i < rows; i++) lines.push(`Territoire ${i + 1},${Math.floor(random() * 60)},${Math.floor(random() * 900) * 500},${Math.floor(random() * 30)}`);
      break;
    case 'regions':
      lines.push('code,taux');
      for (let i = 0; i < rows; i++) lines.push(`${(i % 17) + 1},${oneDecimal(20 + random() * 60)}`);
      break;
  }
  return `${lines.join('\n')}\n`;
}

/** The figure file of a case reading `csv` (a file name in the data folder). */
export function figureYaml(testCase: TypeCase, csv: string): string {
  return `type: ${testCase.type}\ntitre: Banc d’essai ${testCase.name}\ndonnees: ${csv}\nsource: Données synthétiques du banc d’essai.\n${testCase.keys}`;
}
