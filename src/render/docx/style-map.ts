import type { Border, ParagraphStyle, RunLook, TableBorders } from './ooxml/looks.js';
import type { Styles } from './ooxml/styles-part.js';
import type { PageSetup } from './page-setup.js';
import { StyleId } from './style-ids.js';

/**
 * Every look of a hoshin DOCX in one place: paragraph styles (written to styles.xml), the run
 * properties of inline marks, and the borders and fills of tables and frames. Handlers only
 * choose among these; they never set a font, size or color themselves.
 */
export interface StyleMap {
  styles: Styles;
  marks: Record<'strong' | 'emphasis' | 'delete' | 'code' | 'link' | 'internal' | 'underline', RunLook>;
  table: { borders: TableBorders; headerFill: string; cellMargin: number };
  frame: { borders: TableBorders; fill: string; cellMargin: number };
}

const INK = '000000';
const LINE: Border = { style: 'single', size: 4, color: INK };
const FRAME_LINE: Border = { style: 'dashed', size: 8, color: '595959' };

/** Half-points, as w:sz writes sizes. */
const half = (pt: number) => Math.round(pt * 2);

export function styleMap(setup: PageSetup): StyleMap {
  const { body, heading } = setup.fonts;
  const pitch = setup.linePitch;
  const exact = (lines: number) => ({ line: Math.round(pitch * lines), lineRule: 'exact' as const });
  const size = setup.size;
  const textHeight = setup.textHeight;

  const paragraph = (id: string, name: string, options: Omit<ParagraphStyle, 'id' | 'name'>): ParagraphStyle => ({
    id,
    name,
    basedOn: StyleId.normal,
    next: StyleId.normal,
    quickFormat: true,
    ...options,
  });

  // Headings keep the body size: 公用文 marks levels with ゴシック and numbers, not with size.
  const headings = Array.from({ length: 9 }, (_, i) =>
    paragraph(StyleId.heading(i + 1), `heading ${i + 1}`, {
      run: { font: heading, size: half(size), bold: false, italics: false, color: INK },
      paragraph: {
        align: 'left',
        keepNext: true,
        keepLines: true,
        outlineLevel: i,
        spacing: { before: i === 0 ? pitch : i === 1 ? Math.round(pitch / 2) : 0, after: 0, ...exact(1) },
      },
    }),
  );
  const toc = [0, 1, 2].map((i) =>
    paragraph(`TOC${i + 1}`, `toc ${i + 1}`, {
      uiPriority: 39,
      paragraph: { indent: { left: i * setup.em }, spacing: { before: i === 0 ? Math.round(pitch / 4) : 0, ...exact(1) } },
      ...(i === 0 ? { run: { font: heading } } : {}),
    }),
  );
  const cover = (id: string, name: string, pt: number, face: string, before: number) =>
    paragraph(id, name, {
      run: { font: face, size: half(pt) },
      paragraph: { align: 'center', spacing: { before, line: Math.round(pt * 20 * 1.6), lineRule: 'exact' } },
    });

  return {
    styles: {
      defaults: {
        run: { font: body, size: half(size), language: 'ja-JP' },
        paragraph: { align: 'both', spacing: { before: 0, after: 0, ...exact(1) } },
      },
      paragraphStyles: [
        ...headings,
        ...toc,
        // Named as its id: the approval edition's TOC field lists it by name (\t).
        paragraph(StyleId.documentTitle, StyleId.documentTitle, {
          run: { font: heading, size: half(size + 3.5) },
          paragraph: { align: 'center', keepNext: true, spacing: { before: 0, after: pitch, ...exact(2) } },
        }),
        paragraph(StyleId.articleCaption, 'Article Caption', { paragraph: { align: 'left', keepNext: true, keepLines: true } }),
        paragraph(StyleId.frontHeading, 'Front Heading', {
          run: { font: heading, size: half(size + 1.5) },
          paragraph: { align: 'center', keepNext: true, spacing: { after: Math.round(pitch / 2), ...exact(2) } },
        }),
        // The cover: collection and title a third down the page, dates below, the organization near the foot.
        cover(StyleId.coverCollection, 'Cover Collection', size + 7.5, heading, Math.round(textHeight * 0.28)),
        cover(StyleId.coverTitle, 'Cover Title', size + 15.5, heading, pitch),
        cover(StyleId.coverDate, 'Cover Date', size + 1.5, body, 0),
        cover(StyleId.coverOrg, 'Cover Organization', size + 5.5, heading, Math.round(textHeight * 0.3)),
        paragraph(StyleId.tableText, 'Table Text', {
          run: { size: half(size - 1) },
          paragraph: { align: 'left', spacing: { line: Math.round((size - 1) * 20 * 1.45), lineRule: 'exact' } },
        }),
        paragraph(StyleId.tableHeading, 'Table Heading', {
          basedOn: StyleId.tableText,
          run: { font: heading, size: half(size - 1) },
          paragraph: { align: 'center' },
        }),
        paragraph(StyleId.tableCaption, 'Table Caption', {
          run: { font: heading },
          paragraph: { align: 'center', keepNext: true, spacing: { before: Math.round(pitch / 2), ...exact(1) } },
        }),
        paragraph(StyleId.internalLabel, 'Internal Label', {
          run: { font: heading, size: half(size - 1.5), color: '404040' },
          paragraph: { align: 'left', keepNext: true },
        }),
        paragraph(StyleId.code, 'Code Block', {
          run: { font: heading, size: half(size - 1) },
          paragraph: { align: 'left' },
        }),
        paragraph(StyleId.quote, 'Quote', { paragraph: { borders: { left: { style: 'single', size: 12, color: '808080', space: 8 } } } }),
        // The paragraph Word needs after a table (before another table, at the end of a cell): half a line.
        paragraph(StyleId.spacer, 'Table Spacer', { paragraph: { spacing: { line: Math.round(pitch / 2), lineRule: 'exact' } } }),
        paragraph(StyleId.rule, 'Horizontal Rule', { paragraph: { borders: { bottom: { style: 'single', size: 6, color: INK, space: 1 } } } }),
        paragraph(StyleId.header, 'header', {
          run: { font: heading, size: half(size + 0.5) },
          paragraph: { align: 'right' },
        }),
        paragraph(StyleId.footer, 'footer', { paragraph: { align: 'center' } }),
      ],
    },
    marks: {
      strong: { bold: true },
      // 傍点, the Japanese emphasis: Japanese fonts have no italic.
      emphasis: { emphasisMark: 'dot' },
      delete: { strike: true },
      code: { font: heading },
      link: { underline: 'single', color: '1F3864' },
      internal: { shading: 'D9D9D9' },
      // 傍線, the 新旧対照表's mark of changed text (on both sides; never a strike-through).
      underline: { underline: 'single' },
    },
    table: { borders: { top: LINE, left: LINE, bottom: LINE, right: LINE, insideH: LINE, insideV: LINE }, headerFill: 'E7E7E7', cellMargin: 85 },
    frame: {
      borders: { top: FRAME_LINE, left: FRAME_LINE, bottom: FRAME_LINE, right: FRAME_LINE },
      fill: 'F2F2F2',
      cellMargin: 113,
    },
  };
}

/**
 * The extra paragraph styles of a 新旧対照表 (hoshin diff --out): the 備考 line above the table,
 * right-aligned, and the text of its cells at the body size. Only comparison documents write them,
 * so the styles.xml of every other DOCX stays as it was.
 */
export function comparisonStyles(setup: PageSetup): ParagraphStyle[] {
  const pitch = setup.linePitch;
  return [
    {
      id: StyleId.comparisonNote,
      name: 'Comparison Note',
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      paragraph: { align: 'right', keepNext: true, spacing: { after: Math.round(pitch / 4), line: pitch, lineRule: 'exact' } },
    },
    {
      id: StyleId.comparisonText,
      name: 'Comparison Text',
      basedOn: StyleId.normal,
      next: StyleId.comparisonText,
      quickFormat: true,
      paragraph: { align: 'left', spacing: { line: Math.round(setup.size * 20 * 1.5), lineRule: 'atLeast' } },
    },
  ];
}
