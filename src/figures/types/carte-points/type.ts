import { geoContains, geoDistance } from 'd3';
import { column, common, optionalText, strict } from '../../../schemas/figure-keys';
import path from 'node:path';
import { dataDir, displayPath } from '../../../data/csv';
import { loadRegions, loadRegionShapes } from '../../../data/regions';
import { loadPlaces, placesDataset, quebecBounds, type Place } from '../../../data/places';
import { mapLegend, renderQuebecMap, type MapMarker } from '../../../charts/map/quebec-map';
import { formatNumber } from '../../../utils/format';
import { frenchTypography } from '../../../utils/typography';
import { editDistance } from '../../../utils/edit-distance';
import { count, highlightSentence, joinNames } from '../../describe';
import { chosenNames, highlightKey } from '../highlight';
import { defineChartType, type DeclaredRow } from '../contract';
import { t } from '../../../strings';
import { textes } from './textes';
import about from './about';

// Points map (carte-points): one marker per CSV row on the map of Québec's regions, placed by its
// latitude and longitude, or by its city (looked up in the place file, data/villes.csv), or else at
// its region's representative point. Placed markers are filled discs, the others rings, spread
// apart where they overlap; a value column may give each disc its area. Drawn once, as the maps.

const m = t.figureFile;

/** Most points a map draws (and lists in its table): past that, markers hide the map; the others are left out, with a note, and kept in its CSV download. */
export const maxPoints = 400;
/** Radius (px of the drawing) of the largest disc when a value gives the areas, and of the smallest. */
const sized = { max: 14, min: 3 };

/** A name compared as people mean it: no accents, case, dashes or extra spaces. */
const loose = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-–—'’\s]+/g, ' ')
    .trim();

/** The names close to a misspelt one (at most 3, the closest first): same letters but a few, or one inside the other. */
export function nearNames(name: string, names: readonly string[]): string[] {
  const wanted = loose(name);
  return [...new Set(names)]
    .map((n) => ({ name: n, d: editDistance(wanted, loose(n)), part: loose(n).includes(wanted) || wanted.includes(loose(n)) }))
    .filter((c) => c.part || c.d <= Math.max(2, Math.floor(wanted.length / 4)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((c) => c.name);
}

/** The cities of the place file whose names are close to a misspelt one (at most 3). */
export const nearCities = (name: string, places: readonly { ville: string }[]): string[] => nearNames(name, places.map((p) => p.ville));

/** The region a point lies in; on the coast line (the shapes are simplified), the nearest one within about 20 km. */
function regionAt(lonLat: [number, number], shapes: ReturnType<typeof loadRegionShapes>): string | undefined {
  const inside = shapes.find((f) => geoContains(f, lonLat));
  if (inside) return inside.properties.code;
  let best: { code: string; d: number } | undefined;
  for (const f of shapes) {
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) {
      for (const p of ring) {
        const d = geoDistance(lonLat, p as [number, number]);
        if (!best || d < best.d) best = { code: f.properties.code, d };
      }
    }
  }
  // 20 km on the Earth's radius of 6 371 km.
  return best && best.d <= 20 / 6371 ? best.code : undefined;
}

const degrees = (n: number) => `${formatNumber(Math.abs(n), ',.3~f')}°`;

export default defineChartType({
  ...about,
  kindName: textes.kindName,
  kind: 'map',
  schema: strict({
    ...common,
    /** The column naming each point. */
    etiquette: column('etiquette'),
    /** A column of city names the place file (data/villes.csv) knows. */
    ville: column('ville').optional(),
    /** Columns of latitudes and longitudes (decimal degrees). */
    latitude: column('latitude').optional(),
    longitude: column('longitude').optional(),
    /** A column of region codes (1 to 17, or 01 to 17): where a point without city or coordinates goes. */
    region: column('region').optional(),
    /** A column of numbers giving each disc's area. */
    taille: column('taille').optional(),
    /** A column of identifiers for the markers (kebab-case, unique). */
    identifiant: column('identifiant').optional(),
    /** What a point is, singular and plural (« pôle », « pôles »): counts, panel and description. */
    point: optionalText('point'),
    points: optionalText('points'),
    /** Title of the legend. */
    legende: optionalText('legende'),
    /** Points (names from « etiquette ») or regions (name or code: all their points) in the accent colour, the others grey. */
    surligner: highlightKey('point'),
  }),
  textKeys: ['legende', 'point', 'points'],
  datasets: [placesDataset.file, 'geo/quebec-regions.topojson'],
  // Its example: the keyboard walks the 17 regions, each followed by its points (13 in all).
  gallery: {
    'exemple-carte-points': { first: 'Bas-Saint-Laurent\u00a0: 1\u00a0atelier', count: 30 },
    'exemple-carte-points-surligner': { first: 'Bas-Saint-Laurent\u00a0: 1\u00a0atelier', count: 30 },
  },
  largeCase: {
    keys: 'etiquette: lieu\nregion: region\ntaille: participants\n',
    csv: (rows, random) => {
      const lines = ['lieu,region,participants'];
      for (let i = 0; i < rows; i++) lines.push(`Lieu ${i + 1},${1 + Math.floor(random() * 17)},${Math.round(random() * 500)}`);
      return `${lines.join('\n')}\n`;
    },
    drawn: (rows) => ({ rows: Math.min(rows, maxPoints), note: rows > maxPoints ? textes.cut(formatNumber(maxPoints), formatNumber(rows)) : undefined }),
  },
  prepare: ({ id, spec, table, csvFile, csvName, lines, keyProblem, columnIndex, cellsOf, numberAt, formatterFor, sink, problems, before, checkNumbersOnly }) => {
    const nameCol = columnIndex('etiquette', spec.etiquette);
    const cityCol = columnIndex('ville', spec.ville);
    const latCol = columnIndex('latitude', spec.latitude);
    const lonCol = columnIndex('longitude', spec.longitude);
    const regionCol = columnIndex('region', spec.region);
    const sizeCol = columnIndex('taille', spec.taille);
    const idCol = columnIndex('identifiant', spec.identifiant);
    if ((spec.point === undefined) !== (spec.points === undefined)) keyProblem(spec.point === undefined ? 'points' : 'point', textes.nounsNeeded);
    if (spec.latitude !== undefined && spec.longitude === undefined) keyProblem('latitude', textes.bothCoordinates('latitude', 'longitude'));
    if (spec.longitude !== undefined && spec.latitude === undefined) keyProblem('longitude', textes.bothCoordinates('longitude', 'latitude'));
    if (spec.ville === undefined && spec.latitude === undefined && spec.longitude === undefined && spec.region === undefined) {
      keyProblem(lines.has('etiquette') ? 'etiquette' : 'type', textes.noPosition);
    }
    if (problems.length > before) {
      checkNumbersOnly([latCol], textes.role.latitude);
      checkNumbersOnly([lonCol], textes.role.longitude);
      return checkNumbersOnly([sizeCol], textes.role.taille);
    }

    const one = spec.point ?? textes.defaultNouns.one;
    const many = spec.points ?? textes.defaultNouns.many;
    // Messages say « ville » when the file places points by city only, « position » when it may give coordinates.
    const mode = latCol === undefined ? 'city' : 'coordinates';
    const regions = loadRegions();
    const regionName = new Map(regions.map((r) => [r.code, r.name]));
    const placeFile = displayPath(path.join(dataDir(), placesDataset.file));
    const places: (Place & { __line: number })[] = cityCol === undefined ? [] : loadPlaces();
    const placeOf = new Map(places.map((p) => [loose(p.ville), p]));
    const shapes = loadRegionShapes('detail');
    const figureName = `${id}.yaml`;

    interface Point {
      line: number;
      id: string;
      name: string;
      city?: string;
      lonLat?: [number, number];
      how: 'city' | 'coordinates' | 'region';
      region: string;
      size: number | null;
    }
    let points: Point[] = [];
    const ids = new Map<string, number>();
    for (const record of table.records) {
      const rowStart = problems.length;
      const at = (col: number) => ({ file: csvFile, line: record.line, column: col + 1, columnName: table.header[col] });
      const name = cellsOf(record, nameCol!);
      if (!name) sink.add(at(nameCol!), textes.emptyName);
      let pointId = `${id}-${record.line}`;
      if (idCol !== undefined) {
        const cell = cellsOf(record, idCol);
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(cell)) sink.add(at(idCol), textes.badId(cell));
        else if (ids.has(cell)) sink.add(at(idCol), textes.duplicateId(cell, ids.get(cell)!));
        else ids.set(cell, record.line);
        pointId = cell;
      }
      // The region the file gives, if any.
      let region: string | undefined;
      if (regionCol !== undefined) {
        const cell = cellsOf(record, regionCol);
        const code = /^\d{1,2}$/.test(cell) ? cell.padStart(2, '0') : cell;
        if (cell && !regionName.has(code)) sink.add(at(regionCol), m.unknownRegion(cell));
        else if (cell) region = code;
      }
      const size = sizeCol === undefined ? null : numberAt(record, sizeCol, textes.role.taille);
      if (size !== null && size < 0) sink.add(at(sizeCol!), textes.negativeSize(figureName));

      // Its position: coordinates, else its city, else its region.
      let lonLat: [number, number] | undefined;
      let how: Point['how'] = 'region';
      let city: string | undefined;
      if (latCol !== undefined && lonCol !== undefined) {
        const latCell = cellsOf(record, latCol);
        const lonCell = cellsOf(record, lonCol);
        if (latCell || lonCell) {
          if (!latCell) sink.add(at(latCol), textes.halfCoordinates(table.header[latCol]!));
          if (!lonCell) sink.add(at(lonCol), textes.halfCoordinates(table.header[lonCol]!));
          const lat = latCell ? numberAt(record, latCol, textes.role.latitude) : null;
          const lon = lonCell ? numberAt(record, lonCol, textes.role.longitude) : null;
          const [s, n, w, e] = [quebecBounds.south, quebecBounds.north, quebecBounds.west, quebecBounds.east].map((v) => formatNumber(v));
          const latOk = lat !== null && lat >= quebecBounds.south && lat <= quebecBounds.north;
          const lonOk = lon !== null && lon >= quebecBounds.west && lon <= quebecBounds.east;
          if (lat !== null && !latOk) sink.add(at(latCol), textes.outside('latitude', s!, n!, latCell));
          if (lon !== null && !lonOk) sink.add(at(lonCol), textes.outside('longitude', w!, e!, lonCell));
          if (latOk && lonOk) {
            lonLat = [lon!, lat!];
            how = 'coordinates';
            const inRegion = region ?? regionAt(lonLat, shapes);
            if (!inRegion) sink.add(at(latCol), textes.notInQuebec(formatNumber(lat!, ',~f'), formatNumber(lon!, ',~f')));
            else region = inRegion;
          }
        }
      }
      if (cityCol !== undefined) {
        const cell = cellsOf(record, cityCol);
        if (cell) {
          const place = placeOf.get(loose(cell));
          if (!place) sink.add(at(cityCol), textes.unknownCity(cell, placeFile, nearCities(cell, places)));
          else {
            city = place.ville;
            if (region && region !== place.region_code && regionCol !== undefined && how !== 'coordinates') {
              sink.add(at(regionCol), textes.cityElsewhere(place.ville, place.region_code, region, placeFile));
            }
            if (!lonLat) {
              lonLat = [place.longitude, place.latitude];
              how = 'city';
              region ??= place.region_code;
            }
          }
        }
      }
      if (!lonLat && !region && problems.length === rowStart) sink.add({ file: csvFile, line: record.line }, textes.noPlace);
      points.push({ line: record.line, id: pointId, name, city, lonLat, how, region: region ?? '', size });
    }
    sink.close(csvFile);
    if (problems.length > before) return undefined;
    const all = points;
    // « surligner »: points by their name; a name that is no point's may be a region's (its name or code), for all its points.
    const pointNames = new Set(all.map((p) => p.name));
    const regionAliases = new Map(regions.flatMap((r) => [[r.code, r.name], [String(Number(r.code)), r.name]] as const));
    const chosen = chosenNames({ keyProblem }, spec.surligner, [...pointNames, ...regions.map((r) => r.name)], 'point', {
      aliases: regionAliases,
      unknown: (name) => textes.unknownHighlight(name, table.header[nameCol!]!, csvName, nearNames(name, [...pointNames, ...regions.map((r) => r.name)])),
    });
    if (!chosen) return undefined;
    const isChosen = (p: Point) => chosen.has(p.name) || (chosen.has(regionName.get(p.region)!) && !pointNames.has(regionName.get(p.region)!));
    const cutNote = all.length > maxPoints ? [textes.cut(formatNumber(maxPoints), formatNumber(all.length))] : [];
    points = all.slice(0, maxPoints);

    // Sizes: the area of each disc in proportion to its value.
    const formats = sizeCol === undefined ? undefined : formatterFor(spec.format, [sizeCol]);
    const largest = Math.max(0, ...points.map((p) => p.size ?? 0));
    const radiusOf = (p: Point) => (sizeCol === undefined ? undefined : largest > 0 && p.size ? Math.max(sized.min, sized.max * Math.sqrt(p.size / largest)) : sized.min);
    const placeText = (p: Point) =>
      p.city ?? (p.how === 'coordinates' ? textes.coordinates(degrees(p.lonLat![1]), degrees(p.lonLat![0])) : undefined);
    const valueText = (p: Point) => (formats ? (p.size === null ? '—' : formats.value(p.size)) : undefined);
    const unknown = textes.unknown[mode];

    // Markers, region by region in code order, each region's in file order (the largest first when sized, so none hides a smaller one).
    const ordered = regions.flatMap((r) => {
      const own = points.filter((p) => p.region === r.code);
      return sizeCol === undefined ? own : [...own].sort((a, b) => (b.size ?? 0) - (a.size ?? 0) || a.line - b.line);
    });
    const markers: MapMarker[] = ordered.map((p) => {
      const value = valueText(p);
      return {
        id: p.id,
        region: p.region,
        title: frenchTypography(`${p.name} — ${placeText(p) ?? `${regionName.get(p.region)} (${unknown})`}${value ? `\u00a0: ${value}` : ''}`),
        lonLat: p.lonLat,
        radius: radiusOf(p),
        ...(chosen.size ? { highlight: isChosen(p) } : {}),
      };
    });

    const exactCount = points.filter((p) => p.how !== 'region').length;
    const hows = new Set(points.map((p) => p.how).filter((how) => how !== 'region'));
    const exactKind = hows.size > 1 ? 'both' : hows.has('coordinates') ? 'coordinates' : 'city';
    const legendBase = spec.legende ?? many.charAt(0).toUpperCase() + many.slice(1);
    const legendTitle = sizeCol === undefined ? legendBase : textes.sizeLegend(legendBase, table.header[sizeCol]!);
    const legendOptions = {
      mode: 'points' as const,
      legendTitle,
      markerLegend: {
        exact: exactCount ? textes.exact[exactKind] : '',
        approximate: exactCount < points.length ? textes.approximate[mode] : '',
        ...(chosen.size ? { muted: textes.mutedLegend(many) } : {}),
      },
      insetTitle: t.map.insetTitle,
    };

    // The table: one row per point, in file order.
    const headers = [
      textes.table.name,
      ...(cityCol !== undefined ? [textes.table.city] : []),
      ...(latCol !== undefined ? [textes.table.latitude, textes.table.longitude] : []),
      textes.table.region,
      textes.table.placement,
      ...(sizeCol !== undefined ? [table.header[sizeCol]!] : []),
    ];
    const numeric = headers.map((_, i) => (latCol !== undefined && (i === headers.indexOf(textes.table.latitude) || i === headers.indexOf(textes.table.longitude))) || (sizeCol !== undefined && i === headers.length - 1));
    const toRow = (p: Point): DeclaredRow => {
      const coordinates = p.how === 'coordinates' ? p.lonLat! : undefined;
      const cells: { raw: string | number; shown: string }[] = [
        { raw: p.name, shown: frenchTypography(p.name) },
        ...(cityCol !== undefined ? [{ raw: p.city ?? '', shown: p.city ?? '—' }] : []),
        ...(latCol !== undefined
          ? [
              { raw: coordinates?.[1] ?? '', shown: coordinates ? formatNumber(coordinates[1], ',.3~f') : '—' },
              { raw: coordinates?.[0] ?? '', shown: coordinates ? formatNumber(coordinates[0], ',.3~f') : '—' },
            ]
          : []),
        { raw: regionName.get(p.region)!, shown: regionName.get(p.region)! },
        { raw: textes.placement[p.how], shown: textes.placement[p.how] },
        ...(formats ? [{ raw: p.size ?? '', shown: valueText(p)! }] : []),
      ];
      return { raw: cells.map((c) => c.raw), shown: cells.map((c) => c.shown), ...(chosen.size && isChosen(p) ? { highlight: true } : {}) };
    };
    const rows = points.map(toRow);
    const csvRows = all.length > points.length ? all.map(toRow) : undefined;

    // The description: how many points in how many regions, how each is placed, the region with the most, the sizes.
    const perRegion = regions.map((r) => ({ name: r.name, n: points.filter((p) => p.region === r.code).length })).filter((r) => r.n);
    const most = Math.max(...perRegion.map((r) => r.n));
    const top = perRegion.filter((r) => r.n === most).map((r) => r.name);
    const byCity = points.filter((p) => p.how === 'city');
    const byCoordinates = points.filter((p) => p.how === 'coordinates').length;
    const byRegion = points.length - byCity.length - byCoordinates;
    const placements = [
      ...(byCity.length ? [textes.byCity(formatNumber(byCity.length), joinNames([...new Set(byCity.map((p) => p.city!))]))] : []),
      ...(byCoordinates ? [textes.byCoordinates(formatNumber(byCoordinates))] : []),
      ...(byRegion ? [textes.byRegion(formatNumber(byRegion), byRegion === points.length)] : []),
    ];
    const sizedPoints = points.filter((p) => p.size !== null);
    const extreme = (v: number) => `${formats?.value(v)} (${joinNames(sizedPoints.filter((p) => p.size === v).map((p) => frenchTypography(p.name)))})`;
    const description = [
      `${textes.description(count(points.length, one, many), count(perRegion.length, 'région', 'régions'))} ; ${placements.join(', ')}.`,
      ...(perRegion.length > 1 && most > 1 ? [top.length > 1 ? textes.mostTied(joinNames(top), formatNumber(most)) : textes.most(top[0]!, formatNumber(most))] : []),
      ...(formats && sizedPoints.length
        ? [textes.sizeBy(table.header[sizeCol!]!, extreme(Math.min(...sizedPoints.map((p) => p.size!))), extreme(Math.max(...sizedPoints.map((p) => p.size!))))]
        : []),
      textes.inset,
    ].join(' ') + highlightSentence([...chosen]);

    // What the map's script shows in its tooltip and details panel.
    const clientData = Object.fromEntries(
      regions.map((r) => {
        const own = ordered.filter((p) => p.region === r.code);
        return [
          r.code,
          {
            name: r.name,
            count: count(own.length, one, many),
            poles: own.map((p) => ({
              id: p.id,
              name: frenchTypography(p.name),
              city: placeText(p) ?? null,
              ...(formats ? { value: valueText(p) } : {}),
              ...(chosen.size && isChosen(p) ? { highlight: true } : {}),
            })),
          },
        ];
      }),
    );

    return {
      rows,
      csvRows,
      headers,
      numeric,
      description,
      notes: cutNote,
      clientData,
      panel: { hint: textes.panelHint(many), none: textes.panelNone(one), unknown, keys: textes.keys(many) },
      legend: mapLegend(legendOptions),
      render: (request) =>
        renderQuebecMap(
          loadRegionShapes('overview'),
          shapes,
          regions.map((r) => {
            const n = points.filter((p) => p.region === r.code).length;
            return { code: r.code, title: `${r.name} : ${count(n, one, many)}` };
          }),
          markers,
          { ...request, ...legendOptions },
        ),
    };
  },
});
