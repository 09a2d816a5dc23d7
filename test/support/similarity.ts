import { diffChars } from 'diff';

/**
 * Text as compared with a seed: NFKC (full/half-width forms), the seed's Markdown-ish markers
 * (`## `, `- ` from extraction) dropped, and all white space removed (PDF line breaks).
 */
export function normalizeForSeed(text: string): string {
  return text
    .normalize('NFKC')
    .split('\n')
    .map((line) => line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*-\s+/, ''))
    .join('')
    .replace(/\s+/g, '');
}

/** Character-level similarity 2·M / (|a| + |b|), M the characters a diff keeps in common. */
export function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  let common = 0;
  for (const part of diffChars(a, b)) if (!part.added && !part.removed) common += part.value.length;
  return (2 * common) / (a.length + b.length);
}
