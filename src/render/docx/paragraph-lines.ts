import type { LayoutParagraph } from './layout-blocks.js';
import type { StyleMetrics } from './style-metrics.js';

/** What line breaking needs of a character, by its UTF-16 code: width class and break rules. */
const HALF = 0;
const CAPITAL = 1;
const FULL = 2;
const WIDTH = 3;
const LATIN = 4;
/** Word lets 、。 hang past the margin (ぶら下げ) and never starts a line with the others (禁則). */
const HANGS = 8;
const NO_START = 16;
const EMS = [0.5, 0.6, 1];

const CLASSES = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLASSES[c] = c < 0x2000 || (c >= 0xff61 && c <= 0xffdc) ? (c >= 0x41 && c <= 0x5a ? CAPITAL : HALF) : FULL;
for (let c = 48; c <= 122; c++) if (c <= 57 || (c >= 65 && c <= 90) || c >= 97) CLASSES[c] |= LATIN;
for (const c of '、。，．,.') CLASSES[c.charCodeAt(0)] |= HANGS;
for (const c of '）」』】〕〉》”’：；！？・ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)]}') CLASSES[c.charCodeAt(0)] |= NO_START;

/**
 * How many lines a paragraph takes in a column `width` twips wide from its indent `left` (its
 * first line as its hanging indent or first-line indent say): Japanese breaks between any two
 * characters but for 禁則, Latin only at spaces; tabs go to the hanging indent or the next stop.
 * Character widths are textWidth's, one character alone.
 */
export function paragraphLines(p: LayoutParagraph, width: number, metrics: StyleMetrics, left: number, defaultTab: number): number {
  const { para, text } = p;
  const first = left - (para.hanging ?? 0) + (para.firstLine ?? 0);
  const unit = metrics.size * 20;
  const end = width;
  // No character is wider than an em: text that fits so is one line.
  if (first + text.length * unit <= end + 1 && !text.includes('\t') && !text.includes('\n')) return 1;
  const stop = para.tab;
  let lines = 1;
  let at = first;
  let started = false;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines++;
      at = left;
      started = false;
      continue;
    }
    if (c === 9) {
      at = at < left ? left : stop !== undefined && stop > at ? stop : (Math.floor(at / defaultTab) + 1) * defaultTab;
      continue;
    }
    // A surrogate pair is one character, of full width.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    const k = CLASSES[c];
    let w = EMS[k & WIDTH] * unit;
    // A Latin word moves to the next line whole.
    if (k & LATIN) while (i + 1 < text.length && CLASSES[text.charCodeAt(i + 1)] & LATIN) w += EMS[CLASSES[text.charCodeAt(++i)] & WIDTH] * unit;
    if (started && at + w > end + 1 && !(k & HANGS)) {
      lines++;
      // 追い出し: a character that may not start a line takes the one before it along.
      at = left + (k & NO_START ? previous : 0);
    }
    at += w;
    started = true;
    previous = w;
  }
  return lines;
}
