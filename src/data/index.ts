import type { z } from 'astro/zod';
import path from 'node:path';
import { DataError, DataErrors, dataDir, dataErrorsOf, loadDataset, type DatasetDefinition } from './csv';
import { readEntry, validDataKey, writeEntry } from '../figures/cache';
import { figureCacheDir } from '../figures/cache-dir';
import { loadRegionsLayer, regionsFile } from './regions';
import { checkCsvShape, listCsvFiles } from './table';
import { readDescriptions } from './descriptions';

// Every module of this folder that exports a dataset definition is registered: adding a dataset is adding a file.
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./csv.ts', '!./cells.ts', '!./regions.ts', '!./descriptions.ts'], {
  eager: true,
});

const isDataset = (value: unknown): value is DatasetDefinition<z.ZodObject> =>
  typeof value === 'object' && value !== null && 'file' in value && 'schema' in value;

/** Every CSV dataset the report ships, in file name order. A module may export datasets or lists of them. */
export const csvDatasets: readonly DatasetDefinition<z.ZodObject>[] = Object.values(modules)
  .flatMap((exports) => Object.values(exports).flatMap((value) => (Array.isArray(value) ? value : [value])).filter(isDataset))
  .sort((a, b) => a.file.localeCompare(b.file));

/** Every data file under data/ now: the datasets with a module, the other CSV files, and the regions layer. */
export function currentDataFiles(): string[] {
  return [...new Set([...csvDatasets.map((d) => d.file), ...listCsvFiles()])].sort().concat(regionsFile);
}

/** Every data file under data/: the datasets with a module, the CSV files figure files read, and the regions layer. */
export const dataFiles: readonly string[] = currentDataFiles();

/** What checking every data file found: row counts of the valid files, every problem listed and, per file, how many more. */
export interface DataReport {
  counts: Map<string, number>;
  errors: DataError[];
  omitted: Map<string, number>;
}

/**
 * Reads and checks every data file without throwing: the problems of every file, each once.
 * With `cached` (the build), a dataset that refers to no other file and was found valid by an
 * earlier build, with the same bytes and the same code, is not read again (the figure cache keeps
 * that verdict; a changed file or schema is always checked).
 */
export function checkAllData({ cached = false } = {}): DataReport {
  const report: DataReport = { counts: new Map(), errors: [], omitted: new Map() };
  const seen = new Set<string>();
  const attempt = (file: string, load: () => number) => {
    try {
      report.counts.set(file, load());
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      const { errors, omitted } = dataErrorsOf(error);
      // Note: a file read by another one's references (regions, initiatives) reports its problems there too; each is kept once.
      for (const e of errors) {
        if (seen.has(e.message)) continue;
        seen.add(e.message);
        report.errors.push(e);
      }
      for (const [f, n] of omitted) report.omitted.set(f, Math.max(report.omitted.get(f) ?? 0, n));
    }
  };
  const cacheKeyOf = (file: string) => (cached && figureCacheDir() ? validDataKey(path.join(dataDir(), file)) : undefined);
  // Every CSV of the folder, read by a dataset, a figure or nothing, gets the shape checks first
  // (encoding, header, cells per row); a file whose shape is wrong is not read further.
  const datasetFiles = new Set(csvDatasets.map((d) => d.file));
  const badShape = new Set<string>();
  for (const file of listCsvFiles()) {
    if (datasetFiles.has(file) && cacheKeyOf(file) && readEntry(cacheKeyOf(file)!)) continue;
    const shape = checkCsvShape(file);
    if (shape.errors.length || shape.omitted) {
      badShape.add(file);
      for (const e of shape.errors) if (!seen.has(e.message) && seen.add(e.message)) report.errors.push(e);
      if (shape.omitted) report.omitted.set(path.join(dataDir(), file), shape.omitted);
    } else if (!datasetFiles.has(file)) {
      report.counts.set(file, shape.table!.records.length);
    }
  }
  for (const dataset of csvDatasets) {
    if (badShape.has(dataset.file)) continue;
    const key = dataset.references ? undefined : cacheKeyOf(dataset.file);
    const known = key ? readEntry<{ rows: number }>(key) : undefined;
    if (known) {
      report.counts.set(dataset.file, known.rows);
      continue;
    }
    const before = report.errors.length + report.omitted.size;
    attempt(dataset.file, () => loadDataset(dataset).length);
    if (key && report.counts.has(dataset.file) && report.errors.length + report.omitted.size === before) writeEntry(key, { rows: report.counts.get(dataset.file) });
  }
  attempt(regionsFile, () => loadRegionsLayer().regions.length);
  // The descriptions staff write for the sources page must name data files that exist, once each.
  report.errors.push(...readDescriptions(currentDataFiles()).problems);
  return report;
}

/** Reads and checks every data file; throws every problem of every file (a DataError, or DataErrors for several). Returns row counts by file. */
export function validateAllData(options: { cached?: boolean } = {}): Map<string, number> {
  const { counts, errors, omitted } = checkAllData(options);
  const error = DataErrors.of(errors, omitted);
  if (error) throw error;
  return counts;
}
