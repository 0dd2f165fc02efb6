import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { id, integer, text } from './cells';
import { t } from '../strings';

/** One of the chapter's initiatives (a section of "Un écosystème tissé serré"). */
export const initiativeRow = z.object({
  /** Stable identifier referenced by other datasets. */
  id: id(),
  /** Display order. */
  ordre: integer(1),
  /** Name as the report writes it. */
  nom: text(),
  /** Anchor of the chapter section that tells about it. */
  ancre: id(),
});

/** An initiative row. */
export type Initiative = z.output<typeof initiativeRow>;

/** The initiatives dataset: data/initiatives.csv. */
export const initiativesDataset: DatasetDefinition<typeof initiativeRow> = {
  file: 'initiatives.csv',
  schema: initiativeRow,
  key: 'id',
};

/** Reads data/initiatives.csv, in display order. */
export const loadInitiatives = () => [...loadDataset(initiativesDataset)].sort((a, b) => a.ordre - b.ordre);

/** The known initiative ids, for references from other datasets. */
export function initiativeIds(): { values: ReadonlySet<string>; expected: string } {
  const ids = loadInitiatives().map((i) => i.id);
  return { values: new Set(ids), expected: t.data.expected.knownInitiative(ids) };
}
