/**
 * The matched pairs that kept their relative order: a longest increasing subsequence of old indices
 * taken in new order. Matched provisions outside it have moved.
 */
export function stableOrder(pairs: ReadonlyMap<number, number>): Set<number> {
  const byNew = [...pairs].sort((a, b) => a[1] - b[1]).map(([i]) => i);
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous: number[] = new Array(byNew.length).fill(-1);
  byNew.forEach((value, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailIndex[lo] = k;
    previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
  });
  const stable = new Set<number>();
  for (let k = tails.length > 0 ? tailIndex[tails.length - 1] : -1; k >= 0; k = previous[k]) stable.add(byNew[k]);
  return stable;
}
