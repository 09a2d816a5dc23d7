import { similarity } from './similarity.js';
import type { Provision } from './to-provisions.js';

/** Below this, an unmatched old and new provision are a deletion and an addition, not a rename. */
const SAME_PROVISION = 0.6;

function fingerprint(p: Provision): string {
  return `${p.heading}\n${p.lines.map((l) => l.text).join('\n')}`;
}

/**
 * Pairs of (old index, new index): by stable id first, then by similarity of heading and text for
 * what is left (a renamed heading without an explicit id, a rewritten section). Greedy by best score.
 */
export function matchProvisions(olds: readonly Provision[], news: readonly Provision[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const byId = new Map<string, number>();
  olds.forEach((p, i) => byId.set(p.id, i));
  news.forEach((p, j) => {
    const i = byId.get(p.id);
    if (i !== undefined && !taken.has(i)) {
      pairs.set(i, j);
      taken.add(i);
    }
  });
  const matchedNew = new Set(pairs.values());
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  const oldPrints = olds.map(fingerprint);
  news.forEach((p, j) => {
    if (matchedNew.has(j)) return;
    const print = fingerprint(p);
    olds.forEach((o, i) => {
      if (taken.has(i)) return;
      // A provision with an explicit id that still exists is not a rename of another one.
      if (o.explicitId && p.explicitId && o.id !== p.id && o.id !== '' && p.id !== '') return;
      const score = o.heading === p.heading && o.heading !== '' ? 1 : similarity(oldPrints[i], print);
      if (score >= SAME_PROVISION) candidates.push({ i, j, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);
  for (const c of candidates) {
    if (taken.has(c.i) || matchedNew.has(c.j)) continue;
    pairs.set(c.i, c.j);
    taken.add(c.i);
    matchedNew.add(c.j);
  }
  return pairs;
}
