// One-dimensional label placement: labels want to sit at a position (the end of a line, the middle
// of an arc) but must not overlap. Overlapping labels are merged into clusters that sit as close as
// possible to their members' wishes (least squares), kept inside [min, max] when they fit.

/** A label to place along one axis: where its centre would like to be and how much room it takes. */
export interface DodgeItem {
  target: number;
  size: number;
}

interface Cluster {
  members: number[];
  start: number;
  size: number;
}

/**
 * Centres for labels along one axis such that no two overlap (at least `gap` apart) and, when they
 * fit, all stay within [min, max]; the order of the targets is kept. When they cannot fit, they
 * start at `min` and overflow past `max` (callers check and fall back).
 */
export function dodge(items: readonly DodgeItem[], min: number, max: number, gap = 0): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.target - items[b]!.target || a - b);
  const clusters: Cluster[] = [];
  const place = (cluster: Cluster) => {
    // The start that minimises the squared distances of the members to their targets.
    let offset = 0;
    let sum = 0;
    for (const i of cluster.members) {
      const item = items[i]!;
      sum += item.target - item.size / 2 - offset;
      offset += item.size + gap;
    }
    const ideal = sum / cluster.members.length;
    cluster.start = Math.max(min, Math.min(ideal, max - cluster.size));
  };
  for (const i of order) {
    const cluster: Cluster = { members: [i], start: 0, size: items[i]!.size };
    place(cluster);
    clusters.push(cluster);
    while (clusters.length > 1) {
      const last = clusters[clusters.length - 1]!;
      const previous = clusters[clusters.length - 2]!;
      if (previous.start + previous.size + gap <= last.start + 1e-9) break;
      previous.members.push(...last.members);
      previous.size += gap + last.size;
      clusters.pop();
      place(previous);
    }
  }
  const centres = new Array<number>(items.length).fill(0);
  for (const cluster of clusters) {
    let at = cluster.start;
    for (const i of cluster.members) {
      const size = items[i]!.size;
      centres[i] = at + size / 2;
      at += size + gap;
    }
  }
  return centres;
}
