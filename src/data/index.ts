import type { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { loadRegionsLayer, regionsFile } from './regions';
import { listCsvFiles } from './table';

// Every module of this folder that exports a dataset definition is registered: adding a dataset is adding a file.
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./csv.ts', '!./cells.ts', '!./regions.ts'], {
  eager: true,
});

const isDataset = (value: unknown): value is DatasetDefinition<z.AnyZodObject> =>
  typeof value === 'object' && value !== null && 'file' in value && 'schema' in value;

/** Every CSV dataset the report ships, in file name order. A module may export datasets or lists of them. */
export const csvDatasets: readonly DatasetDefinition<z.AnyZodObject>[] = Object.values(modules)
  .flatMap((exports) => Object.values(exports).flatMap((value) => (Array.isArray(value) ? value : [value])).filter(isDataset))
  .sort((a, b) => a.file.localeCompare(b.file));

/** Every data file under data/, CSV and geographic. */
/** Every data file under data/: the datasets with a module, the CSV files figure files read, and the regions layer. */
export const dataFiles: readonly string[] = [...new Set([...csvDatasets.map((d) => d.file), ...listCsvFiles()])].sort().concat(regionsFile);

/** Reads and checks every data file; throws the first DataError. Returns row counts by file. */
export function validateAllData(): Map<string, number> {
  const regions = loadRegionsLayer().regions.length;
  const counts = new Map<string, number>();
  for (const dataset of csvDatasets) {
    counts.set(dataset.file, loadDataset(dataset).length);
  }
  return counts.set(regionsFile, regions);
}
