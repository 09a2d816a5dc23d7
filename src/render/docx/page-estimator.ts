import type { PageNumberEstimator } from 'docx';
import type { PageSetup } from './page-setup.js';
import { paragraphLines } from './paragraph-lines.js';
import type { StyleMap } from './style-map.js';
import { styleMetrics } from './style-metrics.js';
import { xmlElement as x } from './xml-element.js';

/** One line of the flow: its height, the space around it, and what binds it to the line before. */
interface Line {
  height: number;
  before: number;
  after: number;
  /** No page break between this line and the one before (keep together, keep with next, widows). */
  glued: boolean;
  breakBefore: boolean;
  /** A new section starts here: a new page, numbered from `restart` when given. */
  section?: { restart?: number };
  /** Height of the table header rows repeated at the top of a page that breaks before this line. */
  repeat: number;
  bookmarks: string[];
  /** The last line of a paragraph kept with the next one. */
  keepNext?: boolean;
}

type Metrics = ReturnType<typeof styleMetrics>;

function paragraph(element: unknown, width: number, metrics: Metrics, tab: number, repeat: number): Line[] {
  const p = paragraphLines(element, width, metrics, tab);
  // Widow and orphan control: a paragraph of up to three lines never splits, a longer one not after its first line or before its last.
  const together = p.keepLines || p.lines <= 3;
  const lines = Array.from({ length: p.lines }, (_, i): Line => ({
    height: p.line,
    before: i === 0 ? p.before : 0,
    after: i === p.lines - 1 ? p.after : 0,
    glued: i > 0 && (together || i === 1 || i === p.lines - 1),
    breakBefore: i === 0 && p.pageBreakBefore,
    repeat,
    bookmarks: i === 0 ? p.bookmarks : [],
  }));
  lines[lines.length - 1].keepNext = p.keepNext;
  return lines;
}

function table(element: unknown, metrics: Metrics, tab: number, outerRepeat: number): Line[] {
  const props = x.child(element, 'w:tblPr');
  // Cell margins: the cell's own (tcMar), else the table's (tblCellMar), else Word's.
  const side = (cellProps: unknown, name: string, fallback: number) =>
    x.number(x.child(x.child(cellProps, 'w:tcMar'), name), 'w:w') ?? x.number(x.child(x.child(props, 'w:tblCellMar'), name), 'w:w') ?? fallback;
  const grid = x.children(x.child(element, 'w:tblGrid')).map((c) => x.number(c, 'w:w') ?? 0);
  let header = 0;
  let inHeader = true;
  const out: Line[] = [];
  for (const row of x.children(element).filter((c) => x.name(c) === 'w:tr')) {
    const rowProps = x.child(row, 'w:trPr');
    const isHeader: boolean = inHeader && x.on(rowProps, 'w:tblHeader');
    inHeader = isHeader;
    const repeat = isHeader ? outerRepeat : header || outerRepeat;
    let column = 0;
    let tallest: Line[] = [];
    let margins = 0;
    const bookmarks: string[] = [];
    for (const cell of x.children(row).filter((c) => x.name(c) === 'w:tc')) {
      const cellProps = x.child(cell, 'w:tcPr');
      const span = x.number(x.child(cellProps, 'w:gridSpan'), 'w:val') ?? 1;
      const width = x.number(x.child(cellProps, 'w:tcW'), 'w:w') ?? grid.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      if (x.attr(x.child(cellProps, 'w:vMerge'), 'w:val') === 'continue') continue;
      const lines = blocks(x.children(cell), width - side(cellProps, 'w:left', 108) - side(cellProps, 'w:right', 108), metrics, tab, repeat);
      margins = Math.max(margins, side(cellProps, 'w:top', 0) + side(cellProps, 'w:bottom', 0));
      const height = (ls: Line[]) => ls.reduce((a, l) => a + l.height + l.before + l.after, 0);
      if (height(lines) > height(tallest)) {
        bookmarks.push(...tallest.flatMap((l) => l.bookmarks));
        tallest = lines;
      } else bookmarks.push(...lines.flatMap((l) => l.bookmarks));
    }
    if (tallest.length === 0) tallest = [{ height: 0, before: 0, after: 0, glued: false, breakBefore: false, repeat, bookmarks: [] }];
    // The tallest cell decides where the row can break; the others' bookmarks go with its first line.
    // Paragraph spacing inside a cell stays inside it.
    const rowLines = tallest.map((l, i): Line => ({ ...l, height: l.height + l.before + l.after, before: 0, after: 0, glued: i > 0 && (isHeader || x.on(rowProps, 'w:cantSplit') || l.glued), breakBefore: false, repeat }));
    rowLines[0] = { ...rowLines[0], height: rowLines[0].height + margins, bookmarks: [...rowLines[0].bookmarks, ...bookmarks] };
    // The first body row stays with the header rows above it.
    if (out.length > 0 && (isHeader || (header > 0 && out[out.length - 1].repeat !== repeat))) rowLines[0].glued = true;
    if (isHeader) header += rowLines.reduce((a, l) => a + l.height, 0);
    out.push(...rowLines);
  }
  return out;
}

/** Body elements → lines; a paragraph kept with the next glues the next block's first line. */
function blocks(elements: readonly unknown[], width: number, metrics: Metrics, tab: number, repeat: number): Line[] {
  const out: Line[] = [];
  let keep = false;
  for (const element of elements) {
    const name = x.name(element);
    const lines =
      name === 'w:p' ? paragraph(element, width, metrics, tab, repeat)
      : name === 'w:tbl' ? table(element, metrics, tab, repeat)
      : name === 'w:sdt' ? blocks(x.children(x.child(element, 'w:sdtContent')), width, metrics, tab, repeat)
      : [];
    if (lines.length === 0) continue;
    if (keep && !lines[0].breakBefore) lines[0].glued = true;
    keep = Boolean(lines[lines.length - 1].keepNext);
    out.push(...lines);
  }
  return out;
}

/** The body's lines, section by section; a section's properties close it (in its last paragraph). */
function flow(body: unknown, width: number, metrics: Metrics, tab: number): Line[] {
  const out: Line[] = [];
  let pending: unknown[] = [];
  const close = (sectPr: unknown) => {
    const start = x.number(x.child(sectPr, 'w:pgNumType'), 'w:start');
    const lines = blocks(pending, width, metrics, tab, 0);
    if (lines.length > 0) lines[0] = { ...lines[0], section: { restart: start }, glued: false };
    out.push(...lines);
    pending = [];
  };
  for (const element of x.children(body)) {
    if (x.name(element) === 'w:sectPr') close(element);
    else {
      pending.push(element);
      const sectPr = x.name(element) === 'w:p' ? x.child(x.child(element, 'w:pPr'), 'w:sectPr') : undefined;
      if (sectPr !== undefined) close(sectPr);
    }
  }
  return out;
}

/**
 * A fast page estimator for hoshin's own documents, given to docx as `pageNumbers` so the 目次 is
 * written with page numbers. Every paragraph has an exact line height and Japanese characters are
 * one em wide in every Japanese font, so counting characters per line and lines per page follows
 * Word and LibreOffice closely; docx's own estimator (docx/layout) is far slower and does not know
 * 游明朝's Latin letters. The same body always gives the same numbers.
 */
export function pageEstimator(setup: PageSetup, styles: StyleMap): PageNumberEstimator {
  const metrics = styleMetrics(setup, styles);
  const tab = 4 * setup.em;
  return (body) => {
    const lines = flow(body, setup.textWidth, metrics, tab);
    const pages = new Map<string, string>();
    const capacity = setup.textHeight;
    let number = 0;
    let used = 0;
    let top = true;
    let after = 0;
    const newPage = (repeat: number, restart?: number) => {
      number = restart ?? number + 1;
      used = repeat;
      top = true;
      after = 0;
    };
    // Between paragraphs Word and LibreOffice leave the larger of the space after and the space before.
    const gap = (line: Line, previous: number) => Math.max(line.before - previous, 0);
    lines.forEach((line, i) => {
      const forced = Boolean(line.section) || line.breakBefore;
      if (line.section) newPage(0, line.section.restart);
      else if (line.breakBefore) newPage(line.repeat);
      else if (!line.glued && !top) {
        // Lines glued to this one go with it to the next page when they do not fit, unless they never could.
        let chain = gap(line, after) + line.height;
        let last = line.after;
        for (let j = i + 1; j < lines.length && lines[j].glued && !lines[j].section && !lines[j].breakBefore; j++) {
          chain += last + gap(lines[j], last) + lines[j].height;
          last = lines[j].after;
        }
        if (used + chain > capacity && chain <= capacity - line.repeat) newPage(line.repeat);
      }
      if (!top && used + gap(line, after) + line.height > capacity) newPage(line.repeat);
      // Word drops the space above a paragraph at the top of a page that it broke itself.
      used += (top && !forced ? 0 : gap(line, after)) + line.height + line.after;
      after = line.after;
      top = false;
      for (const name of line.bookmarks) if (!pages.has(name)) pages.set(name, String(number));
    });
    return { bookmarks: pages };
  };
}
