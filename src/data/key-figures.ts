import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { id, integer, optionalInteger, optionalText, text } from './cells';
import { initiativeIds } from './initiatives';

/** A key figure the chapter states (e.g. 19 pôles), shown in the key-figures strip. */
export const keyFigureRow = z.object({
  /** Stable identifier. */
  id: id(),
  /** Initiative it belongs to (data/initiatives.csv). */
  initiative: id(),
  /** Display order in the strip. */
  ordre: integer(1),
  /** The number. */
  valeur: integer(0),
  /** Upper bound when the figure is a range (e.g. 18 to 35), else empty. */
  valeur_max: optionalInteger(0),
  /** Unit written after the number (pôles, ans…). */
  unite: text(),
  /** Short addition after the unit (e.g. "+ Premières Nations"), else empty. */
  complement: optionalText(),
  /** What the figure counts, continuing the sentence. */
  libelle: text(),
});

/** A key figure row. */
export type KeyFigure = z.output<typeof keyFigureRow>;

/** The key figures dataset: data/chiffres-cles.csv. */
export const keyFiguresDataset: DatasetDefinition<typeof keyFigureRow> = {
  file: 'chiffres-cles.csv',
  schema: keyFigureRow,
  key: 'id',
  references: { initiative: initiativeIds },
};

/** Reads data/chiffres-cles.csv, in display order. */
export const loadKeyFigures = () => [...loadDataset(keyFiguresDataset)].sort((a, b) => a.ordre - b.ordre);
