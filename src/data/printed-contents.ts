import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { integer, oneOf, text } from './cells';

/** One entry of the printed report's table of contents (see data/descriptions/sommaire-imprime-csv.yaml). */
export const printedEntryRow = z.object({
  /** Position in the table of contents. */
  ordre: integer(1),
  /** Title as the printed table of contents writes it (parts: « 2. Renforcer »). */
  titre: text(),
  /** 1 for a section of the report, 2 for a part inside « Les chantiers du TIESS ». */
  niveau: oneOf(['1', '2']),
  /** First page in the printed report. */
  page: integer(1, 200),
});

/** An entry of the printed table of contents. */
export type PrintedEntry = z.output<typeof printedEntryRow>;

/** The printed table of contents: data/sommaire-imprime.csv. */
export const printedContentsDataset: DatasetDefinition<typeof printedEntryRow> = {
  file: 'sommaire-imprime.csv',
  schema: printedEntryRow,
  key: 'ordre',
};

/** An entry with its last page: the page before the next entry of the same or a higher level (unknown for the last). */
export interface PrintedSection extends PrintedEntry {
  lastPage?: number;
}

/** The printed report's structure, in order, each entry with its page range. */
export function loadPrintedContents(): PrintedSection[] {
  const entries = [...loadDataset(printedContentsDataset)].sort((a, b) => a.ordre - b.ordre);
  return entries.map((entry, i) => {
    const next = entries.slice(i + 1).find((e) => Number(e.niveau) <= Number(entry.niveau));
    return { ...entry, lastPage: next ? Math.max(entry.page, next.page - 1) : undefined };
  });
}
