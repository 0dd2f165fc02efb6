import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { id, optionalDecimal, optionalText, regionCode, text, url } from './cells';
import { loadRegions, regionCodes } from './regions';
import { t } from '../strings';

/** One pôle régional d'économie sociale, as compiled from public sources (see data/descriptions/poles-csv.yaml). */
export const poleRow = z.object({
  /** Stable identifier, used in URLs and map markers. */
  id: id(),
  /** Name as written in the cited source. */
  name: text(),
  /** Administrative region code, "01"–"17". */
  region_code: regionCode(),
  /** Official region name for that code. */
  region_name: text(),
  /** City where a source says the pôle is based; empty when unknown. */
  city: optionalText(),
  /** Approximate city-centre longitude (degrees), only when the city is known. */
  lon: optionalDecimal(-80, -57),
  /** Approximate city-centre latitude (degrees), only when the city is known. */
  lat: optionalDecimal(44, 63),
  /** Public source for the name (and city). */
  source_url: url(),
});

/** A pôle row. */
export type Pole = z.output<typeof poleRow>;

/** The pôles dataset: data/poles.csv. */
export const polesDataset: DatasetDefinition<typeof poleRow> = {
  file: 'poles.csv',
  schema: poleRow,
  key: 'id',
  references: { region_code: regionCodes },
  check: (row) => {
    const official = loadRegions().find((r) => r.code === row.region_code)?.name;
    if (official && official !== row.region_name) {
      return { column: 'region_name', problem: t.data.regionNameMismatch(row.region_code, official) };
    }
    if ((row.lon === undefined) !== (row.lat === undefined)) {
      return { column: row.lon === undefined ? 'lon' : 'lat', problem: t.data.expected.decimal };
    }
    return undefined;
  },
};

/** Reads data/poles.csv. */
export const loadPoles = () => loadDataset(polesDataset);

/** A region with the pôles identified in it (possibly none), in region code order. */
export interface RegionPoles {
  code: string;
  name: string;
  poles: Pole[];
}

/** The 17 regions, each with its pôles in file order. */
export function loadPolesByRegion(): RegionPoles[] {
  const poles = loadPoles();
  return loadRegions().map((r) => ({ code: r.code, name: r.name, poles: poles.filter((p) => p.region_code === r.code) }));
}
