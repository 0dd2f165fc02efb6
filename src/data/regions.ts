import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { DataError, dataDir, noteDataRead } from './csv';
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
  noteDataRead(regionsFile);
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

/** A region as a GeoJSON feature (longitude/latitude), ready for d3-geo. */
export type RegionFeature = import('geojson').Feature<import('geojson').Polygon | import('geojson').MultiPolygon, RegionProperties>;

const shapes = new Map<string, RegionFeature[]>();
const topologies = new Map<string, Topology>();

/** The regions topology at a level of detail, shaped once per process (see `loadRegionShapes`). */
function shapedTopology(level: 'overview' | 'detail'): Topology {
  const cachedTopology = topologies.get(level);
  if (cachedTopology) return cachedTopology;
  let shaped = loadRegionsLayer().topology as unknown as Topology;
  if (level === 'overview') {
    const weighted = presimplify(shaped as never);
    shaped = simplify(weighted, quantile(weighted, 0.06)) as unknown as Topology;
  }
  topologies.set(level, shaped);
  return shaped;
}

/**
 * The regions as GeoJSON features, shaped once per process: `overview` is simplified for a map of
 * the whole province (topology kept, so neighbours still share borders); `detail` keeps every
 * point, for magnified insets where it is clipped to a small extent.
 */
export function loadRegionShapes(level: 'overview' | 'detail'): RegionFeature[] {
  noteDataRead(regionsFile);
  const cachedShapes = shapes.get(level);
  if (cachedShapes) return cachedShapes;
  const shaped = shapedTopology(level);
  const collection = feature(shaped, shaped.objects.regions as GeometryCollection<RegionProperties>) as unknown as {
    features: RegionFeature[];
  };
  const features = [...collection.features].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  shapes.set(level, features);
  return features;
}

/**
 * Every region border once (shared borders and coasts), from the same shaped topology as
 * `loadRegionShapes(level)`, so the lines lie exactly on the shapes' edges.
 */
export function loadRegionBorders(level: 'overview' | 'detail'): import('geojson').MultiLineString {
  noteDataRead(regionsFile);
  const shaped = shapedTopology(level);
  return mesh(shaped, shaped.objects.regions as GeometryCollection<RegionProperties>);
}
