import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { id, integer, text } from './cells';

/** One thematic fiche of the #osonslarelance campaign that TIESS helped the Chantier prepare. */
export const relanceFicheRow = z.object({
  /** Stable identifier. */
  id: id(),
  /** Order in which the report lists it. */
  ordre: integer(1),
  /** Subject, in the report's words. */
  sujet: text(),
});

/** A fiche row. */
export type RelanceFiche = z.output<typeof relanceFicheRow>;

/** The fiches dataset: data/osonslarelance-fiches.csv. */
export const relanceFichesDataset: DatasetDefinition<typeof relanceFicheRow> = {
  file: 'osonslarelance-fiches.csv',
  schema: relanceFicheRow,
  key: 'id',
};

/** Reads data/osonslarelance-fiches.csv, in the report's order. */
export const loadRelanceFiches = () => [...loadDataset(relanceFichesDataset)].sort((a, b) => a.ordre - b.ordre);
