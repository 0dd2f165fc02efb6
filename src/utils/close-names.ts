import { editDistance } from './edit-distance';

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The name nearest to a mistyped one (accents and case aside, at most `max` letters off), for « vouliez-vous dire ». */
export function closest(name: string, names: readonly string[], max = 2): string | undefined {
  const best = names.map((n) => ({ n, d: editDistance(plain(name), plain(n)) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= max ? best.n : undefined;
}
