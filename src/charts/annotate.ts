import type { Selection } from 'd3';
import { textWidth, wrapText } from './text';
import { annotationBand, gridline, palette } from '../styles/theme';
import { keepTogether } from '../utils/typography';
import { t } from '../strings';

// The annotation layer every chart renderer that supports annotations adds to its drawing before
// finishing it: shaded ranges behind the marks, reference lines and notes over them. Where a label
// goes is found from the drawing itself: every text, mark and line already drawn is an obstacle,
// measured with the reader's text spacing (textWidth); a label sits beside its mark, else further
// away with a leader line, else (on a narrow drawing, mostly) as a numbered marker whose text is
// written under the chart, in the SVG, so the PNG, print and embed show it too. Each annotation is
// one item of the keyboard walk (data-label « Annotation », data-value its text), after the marks.

/** An annotation in the chart's terms (src/figures/annotations.ts resolves a figure file's entries to these). */
export type ChartAnnotation =
  | { kind: 'note'; text: string; /** index of the category (or point) */ mark: number; series?: number }
  | { kind: 'line'; text: string; axis: 'value' | 'along'; at: number }
  | { kind: 'range'; text: string; axis: 'value' | 'along'; from: number; to: number };

/** Where things are on a drawing, in its (absolute) SVG units. */
export interface AnnotationFrame {
  plot: { left: number; top: number; right: number; bottom: number };
  /** Categories down the left (horizontal bars): the category axis is vertical. */
  horizontal?: boolean;
  /** The pixel of a position on the category axis: a category's index, a year or a date (ms). */
  along(at: number): number;
  /** Half a category's band (bars): ranges on the category axis cover whole bands. */
  band?: number;
  /** The pixel of a value on the value axis. */
  value(v: number): number;
  /** The point of the mark a note is on (its end, top or centre). */
  mark(index: number, series?: number): { x: number; y: number };
  font: number;
  line: number;
  /** Elements that are no obstacle (a map's region fills and borders: notes sit over them on a halo). */
  ignore?: string;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
type Segment = [number, number, number, number];

/** Glyph reach above and below the baseline, in em. */
const ascent = 0.8;
const descent = 0.25;
/** Room kept around a label. */
const pad = 2;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });

/** Whether two segments cross (both parameters within [0, 1]). */
function cross(p: Segment, q: Segment): boolean {
  const [rx, ry, sx, sy] = [p[2] - p[0], p[3] - p[1], q[2] - q[0], q[3] - q[1]];
  const denom = rx * sy - ry * sx;
  if (denom === 0) return false;
  const [wx, wy] = [q[0] - p[0], q[1] - p[1]];
  const u = (wx * sy - wy * sx) / denom;
  const v = (wx * ry - wy * rx) / denom;
  return u >= 0 && u <= 1 && v >= 0 && v <= 1;
}

function segmentHitsBox([ax, ay, bx, by]: Segment, box: Box): boolean {
  if (Math.max(ax, bx) < box.x0 || Math.min(ax, bx) > box.x1 || Math.max(ay, by) < box.y0 || Math.min(ay, by) > box.y1) return false;
  const inside = (x: number, y: number) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
  if (inside(ax, ay) || inside(bx, by)) return true;
  const s: Segment = [ax, ay, bx, by];
  return (
    cross(s, [box.x0, box.y0, box.x1, box.y0]) ||
    cross(s, [box.x1, box.y0, box.x1, box.y1]) ||
    cross(s, [box.x0, box.y1, box.x1, box.y1]) ||
    cross(s, [box.x0, box.y0, box.x0, box.y1])
  );
}

function pointInPolygon(x: number, y: number, polygon: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The points of a path made of M, L, H, V and Z commands (d3's lines and areas), absolute or relative. */
function pathPoints(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const n = (args ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/g)?.map(Number) ?? [];
    const relative = command === command!.toLowerCase();
    const c = command!.toUpperCase();
    if (c === 'Z') continue;
    if (c === 'H' || c === 'V') {
      for (const v of n) {
        if (c === 'H') x = relative ? x + v : v;
        else y = relative ? y + v : v;
        ring.push([x, y]);
      }
      continue;
    }
    for (let i = 0; i + 1 < n.length; i += 2) {
      x = relative ? x + n[i]! : n[i]!;
      y = relative ? y + n[i + 1]! : n[i + 1]!;
      if (c === 'M' && i === 0) {
        if (ring.length) rings.push(ring);
        ring = [];
      }
      ring.push([x, y]);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** What is already drawn: boxes (texts, rectangles, discs), segments (lines, paths) and filled shapes. */
class Obstacles {
  boxes: Box[] = [];
  segments: Segment[] = [];
  shapes: [number, number][][] = [];

  hits(box: Box): boolean {
    if (this.boxes.some((b) => overlaps(b, box))) return true;
    if (this.segments.some((s) => segmentHitsBox(s, box))) return true;
    const corners: [number, number][] = [
      [box.x0, box.y0],
      [box.x1, box.y0],
      [box.x0, box.y1],
      [box.x1, box.y1],
      [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2],
    ];
    return this.shapes.some((shape) => corners.some(([x, y]) => pointInPolygon(x, y, shape)));
  }

  /** Reads every painted element of a drawing (translations of its groups followed). */
  static of(svg: Element, fontSize: number, ignore?: string): Obstacles {
    const o = new Obstacles();
    const walk = (el: Element, dx: number, dy: number, font: number, inherited: string | null) => {
      if (ignore && el.matches(ignore)) return;
      const move = /translate\(\s*(-?[\d.]+)[ ,]+(-?[\d.]+)\s*\)/.exec(el.getAttribute('transform') ?? '');
      if (move) [dx, dy] = [dx + Number(move[1]), dy + Number(move[2])];
      font = Number(el.getAttribute('font-size') ?? font);
      const num = (name: string) => Number(el.getAttribute(name) ?? 0);
      // Fills are inherited: the transparent hit areas of a group (lines', areas' bands) are no obstacle.
      const fill = el.getAttribute('fill') ?? inherited;
      const name = el.localName;
      if (/grid|y-axis/.test(el.getAttribute('class') ?? '') && name === 'g') {
        // Gridlines are crossed by labels (on a halo); their tick labels are not.
        for (const child of el.children) if (child.localName === 'text') walk(child, dx, dy, font, fill);
        return;
      }
      if (name === 'text') {
        const lines = el.querySelectorAll('tspan').length ? [...el.querySelectorAll('tspan')] : [el];
        for (const line of lines) {
          const text = line.textContent ?? '';
          const w = textWidth(text, font, (el.getAttribute('font-weight') ?? '') === '700');
          const anchor = el.getAttribute('text-anchor') ?? el.parentElement?.getAttribute('text-anchor') ?? 'start';
          const x = Number(line.getAttribute('x') ?? el.getAttribute('x') ?? 0) + dx;
          const dyEm = /(-?[\d.]+)em/.exec(el.getAttribute('dy') ?? '');
          const y = Number(line.getAttribute('y') ?? el.getAttribute('y') ?? 0) + dy + (dyEm ? Number(dyEm[1]) * font : 0);
          const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
          o.boxes.push({ x0, y0: y - ascent * font, x1: x0 + w, y1: y + descent * font });
        }
        return;
      }
      if (name === 'rect' && fill !== 'transparent' && fill !== 'none') {
        o.boxes.push({ x0: num('x') + dx, y0: num('y') + dy, x1: num('x') + num('width') + dx, y1: num('y') + num('height') + dy });
      } else if (name === 'circle') {
        const r = num('r');
        o.boxes.push({ x0: num('cx') - r + dx, y0: num('cy') - r + dy, x1: num('cx') + r + dx, y1: num('cy') + r + dy });
      } else if (name === 'line' && !el.closest('[stroke-dasharray]') && el.getAttribute('stroke') !== gridline) {
        // Gridlines (dashed or in their grey) are crossed by labels, which sit on a halo.
        o.segments.push([num('x1') + dx, num('y1') + dy, num('x2') + dx, num('y2') + dy]);
      } else if (name === 'path') {
        const filled = fill !== 'none' && fill !== 'transparent' && el.closest('[fill="none"]') === null;
        for (const ring of pathPoints(el.getAttribute('d') ?? '')) {
          const points = ring.map(([x, y]) => [x + dx, y + dy] as [number, number]);
          for (let i = 1; i < points.length; i++) o.segments.push([...points[i - 1]!, ...points[i]!]);
          if (filled && points.length > 2) o.shapes.push(points);
        }
      }
      for (const child of el.children) walk(child, dx, dy, font, fill);
    };
    walk(svg, 0, 0, fontSize, null);
    return o;
  }
}

/**
 * The values a value axis must reach for a chart's annotations: the data's, a value line's or
 * band's (the axis widens to show them), and room above the highest for notes.
 */
export function annotatedRange(values: readonly number[], annotations: readonly ChartAnnotation[] | undefined): number[] {
  if (!annotations?.length) return [...values];
  const wanted = annotations.flatMap((a) => (a.kind === 'line' && a.axis === 'value' ? [a.at] : a.kind === 'range' && a.axis === 'value' ? [a.from, a.to] : []));
  const all = [...values, ...wanted];
  if (!annotations.some((a) => a.kind === 'note') || !all.length) return all;
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  return [...all, hi + (hi - lo || Math.abs(hi) || 1) * 0.12];
}

/** A label's lines and size. */
function measureLabel(text: string, maxWidth: number, font: number, line: number) {
  const lines = wrapText(text, maxWidth, font);
  const width = Math.max(...lines.map((l) => textWidth(l, font)));
  return { lines, width, height: (lines.length - 1) * line + (ascent + descent) * font };
}

/**
 * Writes a label's lines in its box, on a paper halo: from its left edge, or against its right edge
 * or centred when its mark is on that side (the box holds the reader's wider spacing; without it,
 * the text still sits next to its mark).
 */
function writeLabel(
  g: Selection<SVGGElement, unknown, null, undefined>,
  lines: readonly string[],
  box: Box,
  font: number,
  line: number,
  align: 'start' | 'middle' | 'end' = 'start',
): void {
  const x = align === 'start' ? box.x0 : align === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
  const text = g.append('text').attr('stroke', palette.paper).attr('stroke-width', 3).attr('stroke-linejoin', 'round').attr('paint-order', 'stroke').attr('fill', palette.ink);
  if (align !== 'start') text.attr('text-anchor', align);
  lines.forEach((l, i) => text.append('tspan').attr('x', x).attr('y', box.y0 + ascent * font + i * line).text(l));
}

/**
 * The annotation's item of the keyboard walk and the pointer's tooltip (data-label « Annotation »,
 * data-value its text): a transparent box over its label, which the keyboard's outline draws round.
 */
function hitArea(g: Selection<SVGGElement, unknown, null, undefined>, box: Box, text: string): void {
  g.append('rect')
    .attr('data-label', t.annotations.item)
    .attr('data-annotation', '')
    .attr('data-value', keepTogether(text)).attr('x', box.x0 - pad).attr('y', box.y0 - pad).attr('width', box.x1 - box.x0 + 2 * pad).attr('height', box.y1 - box.y0 + 2 * pad).attr('fill', 'transparent');
}

/**
 * Draws the annotations on a drawing and returns its new height (taller when notes are written
 * under it as numbered markers). `width` and `height` are the drawing's size before.
 */
export function drawAnnotations(svg: Svg, frame: AnnotationFrame, annotations: readonly ChartAnnotation[], width: number, height: number): number {
  if (!annotations.length) return height;
  const { plot, font, line } = frame;
  const node = svg.node()!;
  const obstacles = Obstacles.of(node, font, frame.ignore);
  const narrow = width < 480;
  const maxWidth = Math.min(narrow ? 160 : 260, width * 0.45);
  const inDrawing = (b: Box) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
  const free = (b: Box) => inDrawing(b) && !obstacles.hits(grow(b, pad));
  const boxAt = (x: number, y: number, w: number, h: number): Box => ({ x0: x, y0: y, x1: x + w, y1: y + h });
  const layer = svg.append('g').attr('class', 'annotations').attr('font-size', font);
  const footnotes: string[] = [];
  // Ranges go behind everything drawn: the first child of the drawing.
  const behind = svg.insert('g', ':first-child').attr('class', 'annotation-ranges').attr('fill', annotationBand);

  /** The first free box among candidates (top-left corners), or undefined. */
  const firstFree = (candidates: [number, number][], w: number, h: number) => {
    for (const [x, y] of candidates) {
      const b = boxAt(x, y, w, h);
      if (free(b)) return b;
    }
    return undefined;
  };

  /** Places a label near a point: beside it, else further away with a leader line, else as a numbered marker. */
  /**
   * Places a label near a point (the first of `anchors` where it fits: a line or range has several):
   * beside it, else further away with a leader line that crosses no text or mark, else as a
   * numbered marker whose text goes under the chart.
   */
  const placeNote = (g: Selection<SVGGElement, unknown, null, undefined>, text: string, anchors: readonly { x: number; y: number }[]) => {
    const { lines, width: w, height: h } = measureLabel(text, maxWidth, font, line);
    const around = (p: { x: number; y: number }, d: number): [number, number][] => [
      [p.x - w / 2, p.y - d - h],
      [p.x + d, p.y - h / 2],
      [p.x - d - w, p.y - h / 2],
      [p.x - w / 2, p.y + d],
      [p.x + d, p.y - d - h],
      [p.x - d - w, p.y - d - h],
      [p.x + d, p.y + d],
      [p.x - d - w, p.y + d],
      // Above, starting at the mark or ending at it (a mark near the drawing's edge).
      [p.x - 8, p.y - d - h],
      [p.x + 8 - w, p.y - d - h],
    ];
    // A leader's path leaves the mark (its first pixels) and crosses no text, mark or line.
    const reach = (p: { x: number; y: number }, b: Box): boolean => {
      const [ex, ey] = [Math.max(b.x0, Math.min(p.x, b.x1)), Math.max(b.y0, Math.min(p.y, b.y1))];
      const length = Math.hypot(ex - p.x, ey - p.y) || 1;
      const leader: Segment = [p.x + ((ex - p.x) / length) * 4, p.y + ((ey - p.y) / length) * 4, ex, ey];
      return (
        !obstacles.boxes.some((o) => segmentHitsBox(leader, grow(o, -0.5))) &&
        !obstacles.segments.some((segment) => cross(leader, segment)) &&
        !obstacles.shapes.some((shape) => pointInPolygon((leader[0] + ex) / 2, (leader[1] + ey) / 2, shape))
      );
    };
    let found: { box: Box; p: { x: number; y: number }; leader: boolean } | undefined;
    // Beside the mark: above, right, left or below touch it; the corners get a short leader.
    for (const p of anchors) {
      const boxes = around(p, 6).map(([x, y]) => boxAt(x, y, w, h));
      const i = boxes.findIndex((b, k) => free(b) && (k < 4 || reach(p, b)));
      if (i >= 0) {
        found = { box: boxes[i]!, p, leader: i >= 4 };
        break;
      }
    }
    for (const d of [20, 36, 56, 80, 110]) {
      if (found) break;
      for (const p of anchors) {
        const box = around(p, d)
          .map(([x, y]) => boxAt(x, y, w, h))
          .find((b) => free(b) && reach(p, b));
        if (box) {
          found = { box, p, leader: true };
          break;
        }
      }
    }
    if (found) {
      const { box, p } = found;
      if (found.leader) {
        // From the mark to the label's nearest edge point.
        const ex = Math.max(box.x0, Math.min(p.x, box.x1));
        const ey = Math.max(box.y0 - pad, Math.min(p.y, box.y1 + pad));
        g.append('line').attr('x1', p.x).attr('y1', p.y).attr('x2', ex).attr('y2', ey).attr('stroke', palette.ink).attr('stroke-width', 1);
        obstacles.segments.push([p.x, p.y, ex, ey]);
      }
      hitArea(g, box, text);
      writeLabel(g, lines, box, font, line, box.x1 <= p.x + 1 ? 'end' : box.x0 >= p.x - 1 ? 'start' : 'middle');
      obstacles.boxes.push(box);
      return;
    }
    // A numbered marker by the mark (where it covers nothing, else just above it); its text is written under the chart.
    footnotes.push(text);
    const r = font * 0.72;
    const mark = g.append('g').attr('class', 'annotation-marker');
    const spot = anchors
      .map((p) =>
        firstFree(
          [3, 10, 18].flatMap((d): [number, number][] => [
            [p.x - r, p.y - d - 2 * r],
            [p.x + d, p.y - r],
            [p.x - d - 2 * r, p.y - r],
            [p.x - r, p.y + d],
          ]),
          2 * r,
          2 * r,
        ),
      )
      .find(Boolean);
    const p = anchors[0]!;
    const cx = spot ? spot.x0 + r : Math.max(r + 1, Math.min(width - r - 1, p.x));
    const cy = spot ? spot.y0 + r : Math.max(r + 1, p.y - r - 3);
    mark.append('circle').attr('data-label', t.annotations.item).attr('data-annotation', '').attr('data-value', keepTogether(text)).attr('cx', cx).attr('cy', cy).attr('r', r).attr('fill', palette.ink).attr('stroke', palette.paper).attr('stroke-width', 1.5);
    // Note: the number is written at the chart's text size (12 px at least on a 320 px screen).
    mark.append('text').attr('x', cx).attr('y', cy + 0.35 * font).attr('font-weight', 700).attr('text-anchor', 'middle').attr('fill', palette.paper).text(String(footnotes.length));
    obstacles.boxes.push({ x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r });
  };

  // Reference lines are drawn across the plot: no range label may sit on them.
  const lineSegment = (a: ChartAnnotation & { kind: 'line' }): { seg: Segment; vertical: boolean; at: number } => {
    const at = a.axis === 'value' ? frame.value(a.at) : frame.along(a.at);
    const vertical = (a.axis === 'along') !== Boolean(frame.horizontal);
    return { seg: vertical ? [at, plot.top, at, plot.bottom] : [plot.left, at, plot.right, at], vertical, at };
  };
  for (const a of annotations) if (a.kind === 'line') obstacles.segments.push(lineSegment(a).seg);

  const groups: Selection<SVGGElement, unknown, null, undefined>[] = [];
  const item = () => layer.append('g').attr('class', 'annotation');

  // Reference lines: dashed across the plot, the label at one end, on the line's side that is free.
  for (const a of annotations) {
    if (a.kind !== 'line') continue;
    const g = item();
    groups.push(g);
    const { seg, vertical, at } = lineSegment(a);
    g.append('line').attr('x1', seg[0]).attr('y1', seg[1]).attr('x2', seg[2]).attr('y2', seg[3]).attr('stroke', palette.ink).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 3');
    const { lines, width: w, height: h } = measureLabel(a.text, maxWidth, font, line);
    const candidates: [number, number][] = vertical
      ? [plot.top, plot.top + h + 6, (plot.top + plot.bottom) / 2 - h / 2, plot.bottom - h].flatMap((y): [number, number][] => [
          [at + 5, y],
          [at - 5 - w, y],
        ])
      : [plot.right - w, plot.left + 4, (plot.left + plot.right) / 2 - w / 2].flatMap((x): [number, number][] => [
          [x, at - 4 - h],
          [x, at + 4],
        ]);
    const spot = firstFree(candidates, w, h);
    if (spot) {
      hitArea(g, spot, a.text);
      writeLabel(g, lines, spot, font, line);
      obstacles.boxes.push(spot);
    } else {
      const steps = [0, 0.25, 0.5, 0.75, 1];
      placeNote(g, a.text, vertical ? steps.map((f) => ({ x: at, y: plot.top + f * (plot.bottom - plot.top) })) : steps.map((f) => ({ x: plot.right - f * (plot.right - plot.left), y: at })));
    }
  }

  // Ranges: shaded behind the marks, the label at the range's top left inside it (else placed as a note).
  for (const a of annotations) {
    if (a.kind !== 'range') continue;
    const g = item();
    groups.push(g);
    const span = (from: number, to: number, axis: 'value' | 'along'): [number, number] => {
      const ends = axis === 'value' ? [frame.value(from), frame.value(to)] : [frame.along(from), frame.along(to)];
      const band = axis === 'along' ? (frame.band ?? 0) : 0;
      return [Math.min(...ends) - band, Math.max(...ends) + band];
    };
    const [lo, hi] = span(a.from, a.to, a.axis);
    const acrossX = (a.axis === 'along') !== Boolean(frame.horizontal);
    const box: Box = acrossX ? { x0: Math.max(plot.left, lo), x1: Math.min(plot.right, hi), y0: plot.top, y1: plot.bottom } : { x0: plot.left, x1: plot.right, y0: Math.max(plot.top, lo), y1: Math.min(plot.bottom, hi) };
    behind.append('rect').attr('x', box.x0).attr('y', box.y0).attr('width', Math.max(1, box.x1 - box.x0)).attr('height', Math.max(1, box.y1 - box.y0));
    const { lines, width: w, height: h } = measureLabel(a.text, maxWidth, font, line);
    const spot = firstFree(
      [
        [box.x0 + 4, box.y0 + 3],
        [box.x1 - 4 - w, box.y0 + 3],
        [box.x0 + 4, box.y1 - 3 - h],
        [box.x1 - 4 - w, box.y1 - 3 - h],
        [box.x0 + 4, box.y0 - h - 3],
      ],
      w,
      h,
    );
    if (spot) {
      hitArea(g, spot, a.text);
      writeLabel(g, lines, spot, font, line);
      obstacles.boxes.push(spot);
    } else {
      // Its top, or its right end, first: a marker that finds no free place sits there.
      const steps = [0, 0.5, 0.25, 0.75];
      placeNote(g, a.text, acrossX ? steps.map((f) => ({ x: (box.x0 + box.x1) / 2, y: box.y0 + f * (box.y1 - box.y0) })) : steps.map((f) => ({ x: box.x1 - f * (box.x1 - box.x0), y: (box.y0 + box.y1) / 2 })));
    }
  }

  // Notes, in the order written.
  for (const a of annotations) {
    if (a.kind !== 'note') continue;
    const g = item();
    groups.push(g);
    placeNote(g, a.text, [frame.mark(a.mark, a.series)]);
  }

  // The keyboard walks the annotations in the order of the figure file.
  const order = [...annotations.filter((a) => a.kind === 'line'), ...annotations.filter((a) => a.kind === 'range'), ...annotations.filter((a) => a.kind === 'note')];
  for (const a of annotations) layer.node()!.append(groups[order.indexOf(a)]!.node()!);

  if (!footnotes.length) return height;
  // Notes that could not sit on the drawing: numbered under it.
  const under = svg.append('g').attr('class', 'annotation-footnotes').attr('font-size', font);
  let y = height + 6;
  for (const [i, text] of footnotes.entries()) {
    const lines = wrapText(`${i + 1}. ${text}`, width - 2, font);
    const textEl = under.append('text').attr('fill', palette.ink);
    for (const l of lines) {
      y += line;
      textEl.append('tspan').attr('x', 0).attr('y', y - (line - font) / 2).text(l);
    }
    y += 2;
  }
  const newHeight = Math.ceil(y + 4);
  svg.attr('viewBox', `0 0 ${width} ${newHeight}`);
  return newHeight;
}
