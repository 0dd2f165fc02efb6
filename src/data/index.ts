import type { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { loadRegionsLayer, regionsFile } from './regions';
import { polesDataset } from './poles';
import { initiativesDataset } from './initiatives';
import { milestonesDataset } from './milestones';
import { keyFiguresDataset } from './key-figures';
import { relanceFichesDataset } from './relance-fiches';
import { axesDataset, componentsDataset, partnersDataset } from './parler-au-nous';

/** Every CSV dataset the report ships, in the order the sources page lists them. */
export const csvDatasets = [
  polesDataset,
  initiativesDataset,
  milestonesDataset,
  keyFiguresDataset,
  relanceFichesDataset,
  partnersDataset,
  axesDataset,
  componentsDataset,
] as const;

/** Every data file under data/, CSV and geographic. */
export const dataFiles: readonly string[] = [...csvDatasets.map((d) => d.file), regionsFile];

/** Reads and checks every data file; throws the first DataError. Returns row counts by file. */
export function validateAllData(): Map<string, number> {
  const regions = loadRegionsLayer().regions.length;
  const counts = new Map<string, number>();
  for (const dataset of csvDatasets) {
    counts.set(dataset.file, loadDataset(dataset as unknown as DatasetDefinition<z.AnyZodObject>).length);
  }
  return counts.set(regionsFile, regions);
}
