import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { id, integer, oneOf, optionalInteger, text } from './cells';
import { initiativeIds } from './initiatives';
import { t } from '../strings';

const seasons = ['', 'printemps', 'ete', 'automne', 'hiver'] as const;

/** A dated milestone the report states; the date is only as precise as the report (month or season). */
export const milestoneRow = z.object({
  /** Stable identifier. */
  id: id(),
  /** Initiative the milestone belongs to (data/initiatives.csv). */
  initiative: id(),
  /** Year. */
  annee: integer(1990, 2100),
  /** Month 1–12 when the report names it, else empty. */
  mois: optionalInteger(1, 12),
  /** Season when the report gives a season instead of a month, else empty. */
  saison: oneOf(seasons).transform((s) => (s === '' ? undefined : s)),
  /** What happened, in the report's words. */
  libelle: text(),
});

/** A milestone row. */
export type Milestone = z.output<typeof milestoneRow>;

/** The milestones dataset: data/jalons.csv. */
export const milestonesDataset: DatasetDefinition<typeof milestoneRow> = {
  file: 'jalons.csv',
  schema: milestoneRow,
  key: 'id',
  references: { initiative: initiativeIds },
  check: (row) =>
    row.mois !== undefined && row.saison !== undefined
      ? { column: 'saison', problem: t.data.expected.oneOf(['un mois', 'une saison (pas les deux)']) }
      : undefined,
};

/** Reads data/jalons.csv. */
export const loadMilestones = () => loadDataset(milestonesDataset);
