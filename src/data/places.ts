import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { optionalDecimal, regionCode, text } from './cells';
import { regionCodes } from './regions';
import { t } from '../strings';

// The place file (data/villes.csv): the cities a points map (type carte-points) may name instead of
// giving coordinates, each with its region and the coordinates of its centre.

/** Québec's extent in degrees, a little wide: coordinates outside are not in Québec. */
export const quebecBounds = { west: -80, east: -57, south: 44, north: 63 } as const;

/** One city of the place file. */
export const placeRow = z.object({
  /** City name, as figure CSVs write it. */
  ville: text(),
  /** Its administrative region, "01"–"17". */
  region_code: regionCode(),
  /** City-centre latitude and longitude (degrees). */
  latitude: optionalDecimal(quebecBounds.south, quebecBounds.north),
  longitude: optionalDecimal(quebecBounds.west, quebecBounds.east),
});

export type Place = z.output<typeof placeRow> & { latitude: number; longitude: number };

/** The place file: data/villes.csv. */
export const placesDataset: DatasetDefinition<typeof placeRow> = {
  file: 'villes.csv',
  schema: placeRow,
  key: 'ville',
  references: { region_code: regionCodes },
  check: (row) => {
    if (row.latitude === undefined) return { column: 'latitude', problem: t.data.expected.decimalBetween(quebecBounds.south, quebecBounds.north) };
    if (row.longitude === undefined) return { column: 'longitude', problem: t.data.expected.decimalBetween(quebecBounds.west, quebecBounds.east) };
    return undefined;
  },
};

/** Reads data/villes.csv. */
export const loadPlaces = () => loadDataset(placesDataset) as unknown as (Place & { __line: number })[];
