// One segmenter for the process: construction loads ICU dictionaries.
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Japanese text → words (and the punctuation and spaces between them), by ICU's dictionary. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment } of segmenter.segment(text)) words.push(segment);
  return words;
}
