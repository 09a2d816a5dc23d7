import type { StyleMetrics } from './style-metrics.js';
import { textWidth } from './text-width.js';
import { xmlElement as x } from './xml-element.js';

/** A paragraph as page layout sees it: how many lines, how tall, what it keeps with. */
export interface ParagraphLines {
  lines: number;
  line: number;
  before: number;
  after: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  bookmarks: string[];
}

type Piece = { width: number; char: string } | { tab: true } | { br: true };

/** Word lets 、。 hang past the margin (ぶら下げ) and never starts a line with the others (禁則). */
const HANGS = /[、。，．,.]/;
const NO_START = /[）」』】〕〉》”’：；！？・ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)\]}]/;
const CONTAINERS = new Set(['w:r', 'w:hyperlink', 'w:ins', 'w:smartTag', 'w:sdt', 'w:sdtContent', 'w:fldSimple']);

/** The text of a paragraph's runs as pieces, with field results but not field instructions. */
function pieces(paragraph: unknown, size: number, bookmarks: string[]): Piece[] {
  const out: Piece[] = [];
  const fields: boolean[] = [];
  const visit = (element: unknown, runSize: number) => {
    const name = x.name(element);
    if (name === 'w:bookmarkStart') bookmarks.push(String(x.attr(element, 'w:name')));
    if (name === 'w:fldChar') {
      const type = x.attr(element, 'w:fldCharType');
      if (type === 'begin') fields.push(false);
      else if (type === 'separate') fields[fields.length - 1] = true;
      else fields.pop();
      return;
    }
    if (!fields.every(Boolean)) return;
    if (name === 'w:t') {
      for (const child of x.children(element)) {
        if (typeof child !== 'string') continue;
        for (const char of child) out.push({ char, width: textWidth(char) * runSize * 20 });
      }
    } else if (name === 'w:tab') out.push({ tab: true });
    else if (name === 'w:br' || name === 'w:cr') out.push({ br: true });
    else if (name !== undefined && CONTAINERS.has(name)) {
      const sz = x.number(x.child(x.child(element, 'w:rPr'), 'w:sz'), 'w:val');
      for (const child of x.children(element)) visit(child, sz ? sz / 2 : runSize);
    }
  };
  for (const child of x.children(paragraph)) visit(child, size);
  return out;
}

/**
 * Lays out one paragraph in a column `width` twips wide: Japanese breaks between any two
 * characters but for 禁則, Latin only at spaces; tabs go to the hanging indent or the next stop.
 */
export function paragraphLines(paragraph: unknown, width: number, metricsOf: (id: string | undefined) => StyleMetrics, defaultTab: number): ParagraphLines {
  const pPr = x.child(paragraph, 'w:pPr');
  const metrics = metricsOf(x.attr(x.child(pPr, 'w:pStyle'), 'w:val') as string | undefined);
  const ind = x.child(pPr, 'w:ind');
  const spacing = x.child(pPr, 'w:spacing');
  const left = x.number(ind, 'w:left') ?? metrics.left;
  const right = x.number(ind, 'w:right') ?? 0;
  const first = left - (x.number(ind, 'w:hanging') ?? 0) + (x.number(ind, 'w:firstLine') ?? 0);
  const stops = x.children(x.child(pPr, 'w:tabs')).map((t) => x.number(t, 'w:pos') ?? 0).sort((a, b) => a - b);
  const end = width - right;
  const bookmarks: string[] = [];
  let lines = 1;
  let at = first;
  let started = false;
  let previous = 0;
  const items = pieces(paragraph, metrics.size, bookmarks);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if ('br' in item) {
      lines++;
      [at, started] = [left, false];
      continue;
    }
    if ('tab' in item) {
      at = at < left ? left : (stops.find((s) => s > at) ?? (Math.floor(at / defaultTab) + 1) * defaultTab);
      continue;
    }
    // A Latin word moves to the next line whole.
    let width = item.width;
    let j = i;
    while (/[A-Za-z0-9]/.test(item.char) && j + 1 < items.length && 'char' in items[j + 1] && /[A-Za-z0-9]/.test((items[j + 1] as { char: string }).char)) width += (items[++j] as { width: number }).width;
    if (started && at + width > end + 1 && !HANGS.test(item.char)) {
      lines++;
      // 追い出し: a character that may not start a line takes the one before it along.
      at = left + (NO_START.test(item.char) ? previous : 0);
    }
    at += width;
    started = true;
    previous = width;
    i = j;
  }
  return {
    lines,
    line: x.attr(spacing, 'w:lineRule') === 'exact' ? (x.number(spacing, 'w:line') ?? metrics.line) : metrics.line,
    before: x.number(spacing, 'w:before') ?? metrics.before,
    after: x.number(spacing, 'w:after') ?? metrics.after,
    keepNext: x.child(pPr, 'w:keepNext') !== undefined ? x.on(pPr, 'w:keepNext') : metrics.keepNext,
    keepLines: x.child(pPr, 'w:keepLines') !== undefined ? x.on(pPr, 'w:keepLines') : metrics.keepLines,
    pageBreakBefore: x.on(pPr, 'w:pageBreakBefore'),
    bookmarks,
  };
}
