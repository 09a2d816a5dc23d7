function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/g, '')];
  const grams = new Map<string, number>();
  for (let i = 0; i < chars.length - 1; i++) {
    const g = chars[i] + chars[i + 1];
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) grams.set(chars[0], 1);
  return grams;
}

/** Sørensen–Dice over character bigrams: cheap, order-tolerant, good for Japanese without spaces. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let common = 0;
  for (const n of x.values()) total += n;
  for (const [g, n] of y) {
    total += n;
    common += Math.min(n, x.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}
