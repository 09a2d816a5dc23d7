import type { Written } from './body-writer.js';
import type { LayoutBlock, LayoutParagraph, LayoutTable } from './layout-blocks.js';
import { LineList } from './line-list.js';
import type { PageSetup } from './page-setup.js';
import { paragraphLines } from './paragraph-lines.js';
import { StyleId } from './style-ids.js';
import type { StyleMap } from './style-map.js';
import { styleMetrics, type StyleMetrics } from './style-metrics.js';

const { GLUED, BREAK, KEEP_NEXT } = LineList;

interface Context {
  metrics: (id: string | undefined) => StyleMetrics;
  offset: number;
  tab: number;
}

function paragraph(p: LayoutParagraph, width: number, c: Context, repeat: number, out: LineList): void {
  const { para } = p;
  const metrics = c.metrics(para.heading === undefined ? para.style : StyleId.heading(para.heading + c.offset + 1));
  // A heading's style and indent follow the file's nesting; other paragraphs' lines are counted once.
  const nested = para.heading !== undefined || para.shift !== undefined;
  const left = para.left === undefined ? metrics.left : para.left + (para.shift ?? 0) * c.offset;
  const count = (!nested && p.lines) || paragraphLines(p, width, metrics, left, c.tab);
  if (!nested) p.lines = count;
  // Widow and orphan control: a paragraph of up to three lines never splits, a longer one not after its first line or before its last.
  const together = metrics.keepLines || count <= 3;
  for (let i = 0; i < count; i++) {
    const glued = i > 0 && (together || i === 1 || i === count - 1);
    const last = i === count - 1;
    const flags = (glued ? GLUED : 0) | (i === 0 && para.pageBreakBefore ? BREAK : 0) | (last && (para.keepNext || metrics.keepNext) ? KEEP_NEXT : 0);
    out.push(metrics.line, i === 0 ? (para.before ?? metrics.before) : 0, last ? metrics.after : 0, flags, repeat, i === 0 ? p.toc : -1);
  }
}

function table(t: LayoutTable, c: Context, outerRepeat: number, out: LineList): void {
  let header = 0;
  let inHeader = true;
  let rows = 0;
  for (const row of t.rows) {
    const isHeader: boolean = inHeader && row.header;
    inHeader = isHeader;
    const repeat = isHeader ? outerRepeat : header || outerRepeat;
    let tallest: LineList | undefined;
    let tallestHeight = 0;
    let margins = 0;
    const tocs: number[] = [];
    for (const cell of row.cells) {
      const lines = new LineList();
      blocks(cell.blocks, cell.width, c, repeat, lines);
      margins = Math.max(margins, cell.margins);
      const height = lines.total();
      const other = height > tallestHeight ? tallest : lines;
      if (height > tallestHeight) [tallest, tallestHeight] = [lines, height];
      if (other) other.tocsInto(tocs);
    }
    // The tallest cell decides where the row can break; the others' 目次 entries go with its first line.
    // Paragraph spacing inside a cell stays inside it.
    const start = out.length;
    const n = tallest?.length ?? 0;
    if (n === 0) out.push(0, 0, 0, 0, repeat, -1);
    for (let i = 0; i < n; i++) {
      const l = tallest!;
      const glued = i > 0 && (isHeader || row.cantSplit || (l.flags[i] & GLUED) !== 0);
      out.push(l.height[i] + l.before[i] + l.after[i], 0, 0, (glued ? GLUED : 0) | (l.flags[i] & KEEP_NEXT), repeat, l.toc[i], l.more.get(i));
    }
    out.height[start] += margins;
    out.addTocs(start, tocs);
    // The first body row stays with the header rows above it.
    if (rows > 0 && (isHeader || (header > 0 && out.repeat[start - 1] !== repeat))) out.flags[start] |= GLUED;
    if (isHeader) for (let i = start; i < out.length; i++) header += out.height[i];
    rows++;
  }
}

/** Blocks → lines; a paragraph kept with the next glues the next block's first line. */
function blocks(list: readonly LayoutBlock[], width: number, c: Context, repeat: number, out: LineList): void {
  let keep = false;
  for (const block of list) {
    const start = out.length;
    if (block.kind === 'p') paragraph(block, width, c, repeat, out);
    else table(block, c, repeat, out);
    if (out.length === start) continue;
    if (keep && !(out.flags[start] & BREAK)) out.flags[start] |= GLUED;
    keep = (out.flags[out.length - 1] & KEEP_NEXT) !== 0;
  }
}

/** The page each 目次 candidate of the body starts on, by its index. */
function estimate(body: Written, offset: number, setup: PageSetup, styles: StyleMap): number[] {
  const lines = new LineList();
  blocks(body.layout, setup.textWidth, { metrics: styleMetrics(setup, styles), offset, tab: 4 * setup.em }, 0, lines);
  const { height, before, after: afters, flags, repeat } = lines;
  const pages: number[] = [];
  const capacity = setup.textHeight;
  // The body is a section of its own, from a new page numbered 1.
  let number = 1;
  let used = 0;
  let top = true;
  let after = 0;
  const newPage = (repeated: number) => {
    number++;
    used = repeated;
    top = true;
    after = 0;
  };
  // Between paragraphs Word and LibreOffice leave the larger of the space after and the space before.
  const gap = (i: number, previous: number) => Math.max(before[i] - previous, 0);
  for (let i = 0; i < lines.length; i++) {
    const breaks = (flags[i] & BREAK) !== 0;
    const forced = i === 0 || breaks;
    if (i > 0 && breaks) newPage(repeat[i]);
    else if (i > 0 && !(flags[i] & GLUED) && !top) {
      // Lines glued to this one go with it to the next page when they do not fit, unless they never could.
      let chain = gap(i, after) + height[i];
      let last = afters[i];
      for (let j = i + 1; j < lines.length && flags[j] & GLUED && !(flags[j] & BREAK); j++) {
        chain += last + gap(j, last) + height[j];
        last = afters[j];
      }
      if (used + chain > capacity && chain <= capacity - repeat[i]) newPage(repeat[i]);
    }
    if (!top && used + gap(i, after) + height[i] > capacity) newPage(repeat[i]);
    // Word drops the space above a paragraph at the top of a page that it broke itself.
    used += (top && !forced ? 0 : gap(i, after)) + height[i] + afters[i];
    after = afters[i];
    top = false;
    lines.eachToc(i, (toc) => pages[toc] ?? (pages[toc] = number));
  }
  return pages;
}

const estimates = new WeakMap<Written, Map<number, readonly number[]>>();

/**
 * The page each 目次 candidate of a body starts on, estimated for the file that nests it `offset`
 * levels deep, so the 目次 is written with page numbers. Every paragraph has an exact line
 * height and Japanese characters are one em wide in every Japanese font, so counting characters
 * per line and lines per page follows Word and LibreOffice closely. The body starts a section
 * whose pages are numbered from 1, so its pages do not depend on what comes before it: the
 * estimate is kept with the body.
 */
export function pageNumbers(body: Written, offset: number, setup: PageSetup, styles: StyleMap): readonly number[] {
  let known = estimates.get(body);
  if (!known) estimates.set(body, (known = new Map()));
  let pages = known.get(offset);
  if (!pages) known.set(offset, (pages = estimate(body, offset, setup, styles)));
  return pages;
}
