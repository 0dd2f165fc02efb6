import { geoConicConformal, geoPath, type Selection } from 'd3';
import type { Feature, MultiLineString, MultiPoint } from 'geojson';
import { createSvg, finalizeSvg, relativePath, type FinalizeOptions } from '../svg';
import { wrapText } from '../text';
import { representativePoint, spreadMarkers } from './geometry';
import type { RegionFeature } from '../../data/regions';
import { chartType, muted, palette } from '../../styles/theme';
import { anyHighlighted, highlightColour } from '../highlight';
import { drawAnnotations, type ChartAnnotation } from '../annotate';
import { keepTogether } from '../../utils/typography';
import { t } from '../../strings';
import type { Legend } from '../model';

/** A region as the map draws it: its code, its accessible name (<title>) and, for a choropleth, its class. */
export interface MapRegion {
  code: string;
  /** Accessible name and tooltip, e.g. "Montérégie : 3 pôles". */
  title: string;
  /** Index of its colour class (choropleth mode). */
  classIndex?: number;
  /** Chosen by « surligner »: outlined with a thick cased line over the borders (its fill is its value's class, kept). */
  highlight?: boolean;
}

/** A marker: at its own coordinates when known, else at its region's representative point. */
export interface MapMarker {
  id: string;
  region: string;
  title: string;
  lonLat?: [number, number];
  /** Its radius (px of the drawing) when a value gives its area; else the markers' own. */
  radius?: number;
  /** Chosen by « surligner »: in the accent colour while the markers not chosen are grey (src/charts/highlight.ts). */
  highlight?: boolean;
}

/** One class of the choropleth legend. */
export interface MapClass {
  label: string;
  color: string;
  /** Hatched over its colour (« Aucune donnée »), so it is not read as the palest class. */
  hatched?: boolean;
}

export interface QuebecMapOptions extends FinalizeOptions {
  width: number;
  mode: 'points' | 'choropleth';
  /** Choropleth classes, lightest first. */
  classes?: readonly MapClass[];
  legendTitle: string;
  /** Legend lines for the two kinds of marker (points mode), and for the grey markers when some are highlighted. */
  markerLegend?: { exact: string; approximate: string; muted?: string };
  insetTitle: string;
  /**
   * Whether the legend and the inset's title are drawn in the SVG (the default; the PNG). A page
   * draws the map once and scales it: there they are HTML (`mapLegend`), readable at any width.
   */
  legendInside?: boolean;
  /**
   * Choropleth mode: every region border once, from the same topologies as the overview and detail
   * shapes (`loadRegionBorders`), drawn over the fills as a cased line.
   */
  borders?: { overview: MultiLineString; detail: MultiLineString };
  /**
   * Notes on regions (`mark`: the region's index in `regionNames`). In the PNG (legend inside) each
   * is written beside its region; on a page, where the drawing is scaled down to a phone's width, it
   * is a numbered marker and its text is a line of the HTML legend (`mapLegend`).
   */
  annotations?: readonly ChartAnnotation[];
  regionNames?: readonly string[];
}

/** The map's legend as data: the keys of its classes or markers, and the inset's frame. */
export function mapLegend(options: Pick<QuebecMapOptions, 'mode' | 'classes' | 'legendTitle' | 'markerLegend' | 'insetTitle' | 'annotations' | 'regionNames'>): Legend {
  const keys: Legend['items'] =
    options.mode === 'choropleth'
      ? (options.classes ?? []).map((c) => ({ key: 'swatch' as const, color: c.color, label: c.label, ...(c.hatched ? { hatched: true } : {}) }))
      : [
          { key: 'dot' as const, color: palette.accent, label: options.markerLegend?.exact ?? '' },
          { key: 'ring' as const, color: palette.accent, label: options.markerLegend?.approximate ?? '' },
          { key: 'dot' as const, color: muted, label: options.markerLegend?.muted ?? '' },
          // A map with only one kind of marker has only its key.
        ].filter((item) => item.label !== '');
  const notes = (options.annotations ?? []).flatMap((a, i) =>
    a.kind === 'note' ? [{ key: 'note' as const, number: i + 1, color: palette.ink, label: t.annotations.mapNote(a.text, options.regionNames?.[a.mark] ?? '') }] : [],
  );
  return { title: options.legendTitle, items: [...keys, { key: 'frame', color: palette.ink, label: options.insetTitle }, ...notes] };
}

/** Geographic extent of the magnified inset: the Montréal area (Montréal, Laval, Longueuil and around). */
export const insetExtent = { west: -74.35, east: -72.75, south: 45.15, north: 45.95 } as const;

const markerRadius = 7;
/** Radius of a note's numbered disc on a page's map (px of the drawing, 640 wide; global.css's steps of `--note-scale` assume it). */
export const noteRadius = 27;

/**
 * Where a disc of radius r goes near p: inside the drawing (moved in from its edge), touching none of
 * the discs already placed (2 px apart): p itself when that is free, else the nearest free spot on
 * rings around it, 8 directions each, starting to the right.
 */
export function freeSpot(p: { x: number; y: number }, placed: readonly { x: number; y: number }[], r: number, box: { width: number; height: number }): { x: number; y: number } {
  const inside = (q: { x: number; y: number }) => ({ x: Math.min(Math.max(q.x, r + 1), box.width - r - 1), y: Math.min(Math.max(q.y, r + 1), box.height - r - 1) });
  const free = (q: { x: number; y: number }) => placed.every((d) => Math.hypot(d.x - q.x, d.y - q.y) >= 2 * r + 2);
  const start = inside(p);
  if (free(start)) return start;
  for (let ring = 1; ring <= 6; ring++) {
    for (let k = 0; k < 8; k++) {
      const angle = (k * Math.PI) / 4;
      const q = inside({ x: Math.round(start.x + Math.cos(angle) * ring * (r + 1)), y: Math.round(start.y + Math.sin(angle) * ring * (r + 1)) });
      if (free(q)) return q;
    }
  }
  return start;
}
/**
 * Region borders of the points map, where every region has the same fill (maps stay on a white
 * card in both schemes): 3:1 and more on the paper, on its land and on its hover and selection fills.
 */
export const regionStroke = '#5f6b77';
/**
 * Region borders of a choropleth: no single colour keeps 3:1 against both the palest and the
 * darkest classes, so a border is cased, a dark line over a light halo. Between two pale regions the
 * line keeps 3:1 on both, between two dark ones the halo does; wherever a fill is, one of the two
 * keeps 3:1 on it (tests/charts/map.test.ts). Widths in px of the drawing, main map then inset.
 */
export const borderCasing = {
  line: palette.ink,
  halo: palette.paper,
  main: { line: 1, halo: 3 },
  inset: { line: 1.5, halo: 4.5 },
} as const;
/** The land of the points map, and the colour under the hatching of a region without data. */
export const landFill = '#e4eaef';
/** The hatching of a region without data: darker than its ground, so it shows at the map's smallest scale. */
export const hatchStroke = '#8a959f';
/** Space between hatching lines, in px of the drawing (the map is scaled down to about half on a phone). */
const hatchSpacing = 7;

/**
 * Diagonal hatching lines (bottom left to top right, as the map's pattern) inside a rectangle, as
 * path data: for a legend key, where a <pattern> would need an id of its own on the page.
 */
export function hatchPath(x: number, y: number, w: number, h: number, spacing = 4): string {
  const segments: string[] = [];
  const r = (n: number) => Math.round(n * 100) / 100;
  for (let c = spacing; c < w + h; c += spacing) {
    const [x1, y1] = c <= w ? [x + c, y + h] : [x + w, y + h - (c - w)];
    const [x2, y2] = c <= h ? [x, y + h - c] : [x + (c - h), y];
    segments.push(`M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`);
  }
  return segments.join('');
}
const conic = () => geoConicConformal().parallels([46, 60]).rotate([68.5, 0]);

function extentOutline(): Feature<MultiPoint> {
  const { west, east, south, north } = insetExtent;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = west + ((east - west) * i) / 8;
    coordinates.push([lon, south], [lon, north]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates } };
}

function inInset([lon, lat]: [number, number]): boolean {
  return lon >= insetExtent.west && lon <= insetExtent.east && lat >= insetExtent.south && lat <= insetExtent.north;
}

/**
 * Québec's 17 administrative regions in a conformal conic projection, with a magnified inset of
 * the dense south around Montréal (top right). Points mode draws markers; choropleth mode fills regions by class. Every region shape
 * carries data-region and a <title>; every marker data-pole and a <title>; overlapping markers are
 * spread apart.
 */
export function renderQuebecMap(
  overview: readonly RegionFeature[],
  detail: readonly RegionFeature[],
  regions: readonly MapRegion[],
  markers: readonly MapMarker[],
  options: QuebecMapOptions,
): string {
  const { width, mode } = options;
  const pad = 6;
  const collection = { type: 'FeatureCollection' as const, features: [...overview] };
  const main = conic().fitWidth(width - 2 * pad, collection);
  const [[, top], [, bottom]] = geoPath(main).bounds(collection);
  main.translate([main.translate()[0] + pad, main.translate()[1] - top + pad]);
  const mainHeight = Math.ceil(bottom - top + 2 * pad);

  // Inset box: in the empty Labrador corner. The map is drawn once and scaled to its column, so
  // the layout is the same at every width; the legend under the inset is drawn only for the PNG.
  const insetBox = { x: Math.round(width * 0.69), y: 8, w: Math.round(width * 0.31) - 8, h: Math.round(width * 0.27) };
  const inset = conic()
    .fitExtent(
      [
        [insetBox.x + 4, insetBox.y + 4],
        [insetBox.x + insetBox.w - 4, insetBox.y + insetBox.h - 4],
      ],
      extentOutline(),
    )
    .clipExtent([
      [insetBox.x, insetBox.y],
      [insetBox.x + insetBox.w, insetBox.y + insetBox.h],
    ]);
  const insetTitleLines = wrapText(options.insetTitle, insetBox.w, chartType.small, true);
  const legendTop = insetBox.y + insetBox.h + insetTitleLines.length * chartType.small * 1.35 + 30;
  const legendX = insetBox.x;
  const legendWidth = insetBox.w;
  const lineHeight = chartType.small * 1.35;

  const inside = options.legendInside !== false;
  const keys = mapLegend(options);
  const legendRows = keys.items
    .filter((item) => item.key !== 'frame' && item.key !== 'note')
    .map((item) => ({ kind: item.key, color: item.color, hatched: item.hatched, lines: wrapText(item.label, legendWidth - 28, chartType.small) }));
  const legendTitleLines = wrapText(keys.title, legendWidth, chartType.small, true);
  const legendHeight = legendTitleLines.length * lineHeight + 6 + legendRows.reduce((h, r) => h + Math.max(20, r.lines.length * lineHeight) + 6, 0);
  const height = Math.ceil(Math.max(mainHeight, inside ? legendTop + legendHeight : insetBox.y + insetBox.h + 4));

  const classOf = (region: MapRegion) => (mode === 'choropleth' && region.classIndex !== undefined ? options.classes?.[region.classIndex] : undefined);
  const fillFor = (region: MapRegion) => {
    const cls = classOf(region);
    if (cls?.hatched) return 'url(#hatch)';
    return mode === 'choropleth' && region.classIndex !== undefined ? (cls?.color ?? palette.surface) : landFill;
  };
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const detailByCode = new Map(detail.map((f) => [f.properties.code, f]));

  // Markers: placed, split between the main map and the inset, then spread apart in each.
  const placed = markers.map((m) => {
    const lonLat = m.lonLat ?? representativePoint(detailByCode.get(m.region)!);
    const inInsetBox = inInset(lonLat);
    const [x, y] = (inInsetBox ? inset : main)(lonLat)!;
    return { marker: m, exact: m.lonLat !== undefined, inInset: inInsetBox, x, y, r: m.radius };
  });
  spreadMarkers(placed.filter((p) => !p.inInset), markerRadius);
  spreadMarkers(placed.filter((p) => p.inInset), markerRadius);

  const svg = createSvg(width, height).attr('font-size', chartType.small).attr('class', 'map').attr('data-map-mode', mode);
  // A region without data is hatched over its grey: a pattern in the drawing (no style: CSP-safe; drawn in the PNG too).
  const hatched = options.classes?.find((c) => c.hatched);
  if (mode === 'choropleth' && hatched && regions.some((r) => classOf(r)?.hatched)) {
    const pattern = svg
      .append('defs')
      .append('pattern')
      .attr('id', 'hatch')
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', hatchSpacing)
      .attr('height', hatchSpacing)
      .attr('patternTransform', 'rotate(45)');
    pattern.append('rect').attr('width', hatchSpacing).attr('height', hatchSpacing).attr('fill', hatched.color);
    pattern.append('line').attr('x1', 1).attr('y1', 0).attr('x2', 1).attr('y2', hatchSpacing).attr('stroke', hatchStroke).attr('stroke-width', 2);
  }
  // Outlines are the bulk of a map's bytes: written to the tenth, with relative steps.
  const [mainGeo, insetGeo] = [geoPath(main).digits(1), geoPath(inset).digits(1)];
  const mainPath = (shape: Parameters<typeof mainGeo>[0]) => relativePath(mainGeo(shape) ?? '');
  const insetPath = (shape: Parameters<typeof insetGeo>[0]) => relativePath(insetGeo(shape) ?? '');

  const anyChosen = anyHighlighted(markers);
  const drawMarker = (parent: Selection<SVGGElement, unknown, null, undefined>, p: (typeof placed)[number]) => {
    const colour = highlightColour(palette.accent, p.marker, anyChosen);
    const c = parent
      .append('circle')
      .attr('class', p.exact ? 'map-pole map-pole--exact' : 'map-pole map-pole--approximate')
      .attr('data-pole', p.marker.id)
      .attr('data-pole-region', p.marker.region)
      .attr('cx', p.x)
      .attr('cy', p.y)
      .attr('r', p.r === undefined ? markerRadius : Math.round(p.r * 10) / 10)
      .attr('fill', p.exact ? colour : palette.paper)
      .attr('stroke', p.exact ? palette.paper : colour)
      .attr('stroke-width', p.exact ? 1.5 : 3);
    c.append('title').text(p.marker.title);
  };

  // Drawing order: the inset's background and shapes first, then the main map where each region is
  // followed by all its markers (those shown in the inset too), so Tab goes region, its pôles, next
  // region. The inset sits where the main map draws nothing, so the order does not change the picture.
  /** The inset's box: a background (fill) or a border (stroke). */
  const insetRect = (parent: Selection<SVGGElement, unknown, null, undefined>, fill: string, stroke?: string) => {
    const rect = parent.append('rect').attr('x', insetBox.x).attr('y', insetBox.y).attr('width', insetBox.w).attr('height', insetBox.h).attr('fill', fill);
    if (stroke) rect.attr('stroke', stroke).attr('stroke-width', 1.5);
  };
  /** One region shape, named by its <title>, in the main map or the inset. */
  const drawRegion = (parent: Selection<SVGGElement, unknown, null, undefined>, f: RegionFeature, d: string, className: string, strokeWidth: number) => {
    const region = byCode.get(f.properties.code)!;
    parent
      .append('path')
      .attr('class', className)
      .attr('data-region', f.properties.code)
      .attr('d', d)
      .attr('fill', fillFor(region))
      .attr('stroke', mode === 'choropleth' ? borderCasing.line : regionStroke)
      .attr('stroke-width', strokeWidth)
      .append('title')
      .text(region.title);
  };

  /**
   * A choropleth's borders over its fills, each once: the light halo draws the line's path a second
   * time (<use>). Not a target: the region under the pointer stays the one hovered or clicked.
   */
  const drawCasing = (parent: Selection<SVGGElement, unknown, null, undefined>, d: string, widths: { line: number; halo: number }) => {
    const id = `borders-${parent.attr('class').replace('map-', '')}`;
    // The path takes its paint from the group and the halo's copy from its <use>: a copy keeps what its original sets.
    const g = parent
      .append('g')
      .attr('class', 'map-borders')
      .attr('fill', 'none')
      .attr('stroke', borderCasing.line)
      .attr('stroke-width', widths.line)
      .attr('stroke-linejoin', 'round')
      .attr('pointer-events', 'none');
    g.append('use').attr('href', `#${id}`).attr('stroke', borderCasing.halo).attr('stroke-width', widths.halo);
    g.append('path').attr('id', id).attr('d', d);
  };
  /** The outlines of the regions chosen by « surligner », over the borders: a thick dark line cased in light, seen on every class. */
  const drawChosen = (parent: Selection<SVGGElement, unknown, null, undefined>, shapes: readonly RegionFeature[], path: (f: RegionFeature) => string | undefined, scale: number) => {
    const chosen = shapes.filter((f) => byCode.get(f.properties.code)?.highlight);
    if (!chosen.length) return;
    const g = parent.append('g').attr('class', 'map-chosen').attr('fill', 'none').attr('stroke-linejoin', 'round').attr('pointer-events', 'none');
    for (const f of chosen) {
      const d = path(f);
      if (!d) continue;
      g.append('path').attr('d', d).attr('stroke', borderCasing.halo).attr('stroke-width', 6 * scale);
      g.append('path').attr('d', d).attr('stroke', borderCasing.line).attr('stroke-width', 3 * scale);
    }
  };
  if (mode === 'choropleth' && !options.borders) throw new Error('renderQuebecMap: a choropleth needs its region borders (loadRegionBorders)');

  const insetGroup = svg.append('g').attr('class', 'map-inset');
  insetRect(insetGroup, palette.paper);
  for (const f of detail) {
    const d = insetPath(f);
    if (d) drawRegion(insetGroup, f, d, 'map-region map-region--inset', borderCasing.inset.line);
  }
  if (mode === 'choropleth') {
    const d = insetPath(options.borders!.detail);
    if (d) drawCasing(insetGroup, d, borderCasing.inset);
  }
  drawChosen(insetGroup, detail, insetPath, 1.5);

  const mainGroup = svg.append('g').attr('class', 'map-main');
  // Discs sized by a value reach past their region's border: they are drawn above every region.
  const sized = placed.some((p) => p.r !== undefined);
  const drawMarkers = (code: string) => {
    const own = placed.filter((p) => p.marker.region === code);
    if (mode !== 'points' || !own.length) return;
    const g = mainGroup.append('g').attr('class', 'map-poles');
    for (const p of own) drawMarker(g, p);
  };
  for (const f of overview) {
    drawRegion(mainGroup, f, mainPath(f)!, 'map-region', borderCasing.main.line);
    if (!sized) drawMarkers(f.properties.code);
  }
  if (sized) for (const f of overview) drawMarkers(f.properties.code);
  if (mode === 'choropleth') drawCasing(mainGroup, mainPath(options.borders!.overview)!, borderCasing.main);
  drawChosen(mainGroup, overview, mainPath, 1);
  // Where the inset is, on the main map.
  const { west, east, south, north } = insetExtent;
  const corners = [main([west, north])!, main([east, north])!, main([east, south])!, main([west, south])!];
  mainGroup
    .append('path')
    .attr('class', 'map-inset-frame')
    .attr('d', `M${corners.map((c) => c.join(',')).join('L')}Z`)
    .attr('fill', 'none')
    .attr('stroke', palette.ink)
    .attr('stroke-width', 1.5);
  const anchor = corners[1]!;
  mainGroup
    .append('path')
    .attr('class', 'map-inset-leader')
    .attr('d', `M${anchor.join(',')}L${insetBox.x},${insetBox.y + insetBox.h}`)
    .attr('fill', 'none')
    .attr('stroke', palette.inkMuted)
    .attr('stroke-dasharray', '3 3');

  const insetBorder = svg.append('g').attr('class', 'map-inset-border');
  insetRect(insetBorder, 'none', palette.ink);
  // Where a note points: its region's representative point, in the inset for the Montréal area.
  const notes = (options.annotations ?? []).filter((a) => a.kind === 'note');
  const noteAt = (mark: number) => {
    const code = regions[mark]!.code;
    const lonLat = representativePoint(detailByCode.get(code)!);
    const [x, y] = (inInset(lonLat) ? inset : main)(lonLat)!;
    return { x, y };
  };
  if (!inside && !notes.length) return finalizeSvg(svg.node()!, options);
  if (!inside) {
    // A page: numbered markers (their texts are the HTML legend's last lines), in the order written.
    const layer = svg.append('g').attr('class', 'annotations');
    // Sized for a phone, where the drawing is shown at less than half its size (288 px wide at a 320 px
    // viewport): the disc 24 px across or more there (WCAG 2.5.8: 54 units × 288/640 = 24.3), its number 12 px or more (28 units).
    // Wider, the page's CSS scales each disc down about its centre (container queries on the drawing's
    // wrapper, src/styles/global.css), so it stays 24 to 32 px across and the region's colour shows.
    const r = noteRadius;
    // Off the frame of the Montréal area on the main map (Estrie and Laurentides touch it): moved to its nearer side.
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const frame = { x0: Math.min(...xs) - r - 2, x1: Math.max(...xs) + r + 2, y0: Math.min(...ys) - r - 2, y1: Math.max(...ys) + r + 2 };
    const discs: { x: number; y: number }[] = [];
    for (const [i, a] of notes.entries()) {
      const p = noteAt(a.mark);
      if (p.x > frame.x0 && p.x < frame.x1 && p.y > frame.y0 && p.y < frame.y1 && p.x < insetBox.x) p.x = p.x > (frame.x0 + frame.x1) / 2 ? frame.x1 : frame.x0;
      // A second note on the same region (or one close by): beside the discs already drawn, touching none, inside the drawing.
      Object.assign(p, freeSpot(p, discs, r, { width, height }));
      discs.push(p);
      const g = layer.append('g').attr('class', 'annotation annotation-marker');
      g.append('circle')
        .attr('data-label', t.annotations.item)
        .attr('data-annotation', '')
        .attr('data-annotation-region', regions[a.mark]!.code)
        .attr('data-value', keepTogether(a.text))
        .attr('cx', p.x)
        .attr('cy', p.y)
        .attr('r', r)
        .attr('fill', palette.ink)
        .attr('stroke', palette.paper)
        .attr('stroke-width', 2);
      g.append('text').attr('x', p.x).attr('y', p.y + 10).attr('font-size', 28).attr('font-weight', 700).attr('text-anchor', 'middle').attr('fill', palette.paper).text(String(i + 1));
    }
    return finalizeSvg(svg.node()!, options);
  }
  const insetTitle = insetBorder
    .append('text')
    .attr('x', insetBox.x)
    .attr('y', insetBox.y + insetBox.h + chartType.small + 4)
    .attr('font-weight', 700);
  insetTitleLines.forEach((line, i) => insetTitle.append('tspan').attr('x', insetBox.x).attr('dy', i ? lineHeight : 0).text(line));

  const legend = svg.append('g').attr('class', 'map-legend');
  let ly = legendTop;
  const title = legend.append('text').attr('x', legendX).attr('y', ly).attr('font-weight', 700);
  legendTitleLines.forEach((line, i) => title.append('tspan').attr('x', legendX).attr('dy', i ? lineHeight : 0).text(line));
  ly += (legendTitleLines.length - 1) * lineHeight + 12;
  for (const row of legendRows) {
    if (row.kind === 'swatch') {
      legend.append('rect').attr('x', legendX).attr('y', ly).attr('width', 18).attr('height', 14).attr('fill', row.color).attr('stroke', palette.ink);
      if (row.hatched) legend.append('path').attr('class', 'map-legend-hatch').attr('d', hatchPath(legendX, ly, 18, 14)).attr('stroke', hatchStroke).attr('stroke-width', 1.5).attr('fill', 'none');
    } else {
      legend
        .append('circle')
        .attr('cx', legendX + 9)
        .attr('cy', ly + 7)
        .attr('r', markerRadius)
        .attr('fill', row.kind === 'dot' ? row.color : palette.paper)
        .attr('stroke', row.kind === 'dot' ? palette.paper : row.color)
        .attr('stroke-width', row.kind === 'dot' ? 1.5 : 3);
    }
    const text = legend.append('text').attr('x', legendX + 26).attr('y', ly + 11);
    row.lines.forEach((line, i) => text.append('tspan').attr('x', legendX + 26).attr('dy', i ? lineHeight : 0).text(line));
    ly += Math.max(20, row.lines.length * lineHeight) + 6;
  }
  if (notes.length) {
    // The PNG: each note beside its region (regions' fills and borders are no obstacle: the text sits on a halo).
    drawAnnotations(
      svg,
      { plot: { left: 0, top: 0, right: width, bottom: height }, along: () => 0, value: () => 0, mark: noteAt, font: chartType.small, line: lineHeight, ignore: '.map-region, .map-borders, .map-chosen' },
      notes,
      width,
      height,
    );
  }

  return finalizeSvg(svg.node()!, options);
}
