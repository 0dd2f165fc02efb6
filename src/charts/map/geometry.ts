import { geoBounds, geoCentroid, geoContains, geoDistance } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Area = Feature<Polygon | MultiPolygon>;

/**
 * A point inside the area that stands for it: its centroid when that falls inside, otherwise the
 * inside point of a 24 × 24 grid over its bounds that lies nearest the centroid.
 */
export function representativePoint(area: Area): [number, number] {
  const centroid = geoCentroid(area);
  if (geoContains(area, centroid)) return centroid;
  const [[x0, y0], [x1, y1]] = geoBounds(area);
  let best: [number, number] | undefined;
  let bestDistance = Infinity;
  for (let i = 0; i <= 24; i++) {
    for (let j = 0; j <= 24; j++) {
      const point: [number, number] = [x0 + ((x1 - x0) * i) / 24, y0 + ((y1 - y0) * j) / 24];
      if (!geoContains(area, point)) continue;
      const d = geoDistance(point, centroid);
      if (d < bestDistance) [best, bestDistance] = [point, d];
    }
  }
  return best ?? centroid;
}

/** Pushes apart circles that overlap (in place, deterministic), keeping their mean position: each of its own radius, else r. */
export function spreadMarkers(points: { x: number; y: number; r?: number }[], r: number, gap = 3): void {
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        const min = (a.r ?? r) + (b.r ?? r) + gap;
        if (d >= min) continue;
        if (d < 1e-6) {
          // Same spot: fan out along a fixed angle per pair so the result is stable.
          const angle = ((i * 7 + j * 3) % 12) * (Math.PI / 6);
          [dx, dy, d] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (min - d) / 2 + 0.01;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) return;
  }
}
