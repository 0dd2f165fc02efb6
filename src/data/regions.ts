import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { DataError, dataDir } from './csv';
import { t } from '../strings';

/** An administrative region of Québec: code "01"–"17" and official French name. */
export interface Region {
  code: string;
  name: string;
}

/** Properties every region geometry carries in the TopoJSON layer. */
export type RegionProperties = Region;

/** The regions layer: the TopoJSON topology and the list of regions in code order. */
export interface RegionsLayer {
  topology: Topology<{ regions: GeometryCollection<RegionProperties> }>;
  regions: Region[];
}

/** File of the regions layer, relative to the data directory. */
export const regionsFile = 'geo/quebec-regions.topojson';

let cached: { file: string; layer: RegionsLayer } | undefined;

/** Reads and checks the regions TopoJSON once per process: 17 regions with codes 01–17 and names. */
export function loadRegionsLayer(): RegionsLayer {
  const file = path.join(dataDir(), regionsFile);
  if (cached?.file === file) return cached.layer;
  let topology: RegionsLayer['topology'];
  try {
    topology = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataError({ file }, `${t.data.topology.notTopology} (${(error as Error).message})`);
  }
  const collection = topology?.objects?.regions;
  if (topology?.type !== 'Topology' || collection?.type !== 'GeometryCollection') {
    throw new DataError({ file }, t.data.topology.notTopology);
  }
  const regions = collection.geometries.map((g, i) => {
    const { code, name } = (g.properties ?? {}) as Partial<Region>;
    if (typeof code !== 'string' || !/^(0[1-9]|1[0-7])$/.test(code) || typeof name !== 'string' || !name) {
      throw new DataError({ file }, t.data.topology.regionProperties(i + 1));
    }
    return { code, name };
  });
  if (regions.length !== 17 || new Set(regions.map((r) => r.code)).size !== 17) {
    throw new DataError({ file }, t.data.topology.regionCount(new Set(regions.map((r) => r.code)).size));
  }
  regions.sort((a, b) => a.code.localeCompare(b.code));
  const layer = { topology, regions };
  cached = { file, layer };
  return layer;
}

/** The regions in code order. */
export function loadRegions(): Region[] {
  return loadRegionsLayer().regions;
}

/** The valid region codes, for references from other datasets. */
export function regionCodes(): { values: ReadonlySet<string>; expected: string } {
  return { values: new Set(loadRegions().map((r) => r.code)), expected: t.data.expected.knownRegion };
}
