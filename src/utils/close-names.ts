/** Edit distance (insertions, deletions, substitutions) of two short strings. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The name nearest to a mistyped one (accents and case aside, at most `max` letters off), for « vouliez-vous dire ». */
export function closest(name: string, names: readonly string[], max = 2): string | undefined {
  const best = names.map((n) => ({ n, d: editDistance(plain(name), plain(n)) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= max ? best.n : undefined;
}
