import { AlignmentType, BorderStyle, LineRuleType, ShadingType, UnderlineType, type IBorderOptions, type IParagraphStyleOptions, type IRunStylePropertiesOptions, type IStylesOptions, type ITableBordersOptions } from 'docx';
import type { PageSetup } from './page-setup.js';
import { StyleId } from './style-ids.js';

/**
 * Every look of a hoshin DOCX in one place: paragraph styles (written to styles.xml), the run
 * properties of inline marks, and the borders and fills of tables and frames. Handlers only
 * choose among these; they never set a font, size or color themselves.
 */
export interface StyleMap {
  styles: IStylesOptions;
  marks: Record<'strong' | 'emphasis' | 'delete' | 'code' | 'link' | 'internal' | 'underline', IRunStylePropertiesOptions>;
  table: { borders: ITableBordersOptions; headerFill: string; cellMargin: number };
  frame: { borders: ITableBordersOptions; fill: string; cellMargin: number };
}

const INK = '000000';
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: INK };

/** Half-points, as w:sz writes sizes. */
const half = (pt: number) => Math.round(pt * 2);

export function styleMap(setup: PageSetup): StyleMap {
  const { body, heading } = setup.fonts;
  const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
  const pitch = setup.linePitch;
  const exact = (lines: number) => ({ line: Math.round(pitch * lines), lineRule: LineRuleType.EXACT });
  const size = setup.size;
  const textHeight = setup.textHeight;

  const paragraph = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
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
      run: { font: font(heading), size: half(size), bold: false, italics: false, color: INK },
      paragraph: {
        alignment: AlignmentType.LEFT,
        keepNext: true,
        keepLines: true,
        outlineLevel: i,
        spacing: { ...exact(1), before: i === 0 ? pitch : i === 1 ? Math.round(pitch / 2) : 0, after: 0 },
      },
    }),
  );
  const toc = [0, 1, 2].map((i) =>
    paragraph(`TOC${i + 1}`, `toc ${i + 1}`, {
      uiPriority: 39,
      paragraph: { indent: { left: i * setup.em }, spacing: { ...exact(1), before: i === 0 ? Math.round(pitch / 4) : 0 } },
      run: i === 0 ? { font: font(heading) } : {},
    }),
  );
  const cover = (id: string, name: string, pt: number, face: string, before: number) =>
    paragraph(id, name, {
      run: { font: font(face), size: half(pt) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: Math.round(pt * 20 * 1.6), lineRule: LineRuleType.EXACT, before } },
    });

  return {
    styles: {
      default: {
        document: {
          run: { font: font(body), size: half(size), language: { value: 'ja-JP', eastAsia: 'ja-JP' } },
          paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { ...exact(1), before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        ...headings,
        ...toc,
        // Named as its id: the approval edition's TOC field lists it by name (\t).
        paragraph(StyleId.documentTitle, StyleId.documentTitle, {
          run: { font: font(heading), size: half(size + 3.5) },
          paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...exact(2), before: 0, after: pitch } },
        }),
        paragraph(StyleId.articleCaption, 'Article Caption', { paragraph: { alignment: AlignmentType.LEFT, keepNext: true, keepLines: true } }),
        paragraph(StyleId.frontHeading, 'Front Heading', {
          run: { font: font(heading), size: half(size + 1.5) },
          paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...exact(2), after: Math.round(pitch / 2) } },
        }),
        // The cover: collection and title a third down the page, dates below, the organization near the foot.
        cover(StyleId.coverCollection, 'Cover Collection', size + 7.5, heading, Math.round(textHeight * 0.28)),
        cover(StyleId.coverTitle, 'Cover Title', size + 15.5, heading, pitch),
        cover(StyleId.coverDate, 'Cover Date', size + 1.5, body, 0),
        cover(StyleId.coverOrg, 'Cover Organization', size + 5.5, heading, Math.round(textHeight * 0.3)),
        paragraph(StyleId.tableText, 'Table Text', {
          run: { size: half(size - 1) },
          paragraph: { alignment: AlignmentType.LEFT, spacing: { line: Math.round((size - 1) * 20 * 1.45), lineRule: LineRuleType.EXACT } },
        }),
        paragraph(StyleId.tableHeading, 'Table Heading', {
          basedOn: StyleId.tableText,
          run: { font: font(heading), size: half(size - 1) },
          paragraph: { alignment: AlignmentType.CENTER },
        }),
        paragraph(StyleId.tableCaption, 'Table Caption', {
          run: { font: font(heading) },
          paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...exact(1), before: Math.round(pitch / 2) } },
        }),
        paragraph(StyleId.internalLabel, 'Internal Label', {
          run: { font: font(heading), size: half(size - 1.5), color: '404040' },
          paragraph: { alignment: AlignmentType.LEFT, keepNext: true },
        }),
        paragraph(StyleId.code, 'Code Block', {
          run: { font: font(heading), size: half(size - 1) },
          paragraph: { alignment: AlignmentType.LEFT },
        }),
        paragraph(StyleId.quote, 'Quote', { paragraph: { border: { left: { style: BorderStyle.SINGLE, size: 12, color: '808080', space: 8 } } } }),
        // The paragraph Word needs after a table (before another table, at the end of a cell): half a line.
        paragraph(StyleId.spacer, 'Table Spacer', { paragraph: { spacing: { line: Math.round(pitch / 2), lineRule: LineRuleType.EXACT } } }),
        paragraph(StyleId.rule, 'Horizontal Rule', { paragraph: { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: INK, space: 1 } } } }),
        paragraph(StyleId.header, 'header', {
          run: { font: font(heading), size: half(size + 0.5) },
          paragraph: { alignment: AlignmentType.RIGHT },
        }),
        paragraph(StyleId.footer, 'footer', { paragraph: { alignment: AlignmentType.CENTER } }),
      ],
    },
    marks: {
      strong: { bold: true },
      // 傍点, the Japanese emphasis: Japanese fonts have no italic.
      emphasis: { emphasisMark: { type: 'dot' } },
      delete: { strike: true },
      code: { font: font(heading) },
      link: { underline: { type: 'single' }, color: '1F3864' },
      internal: { shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } },
      // 傍線, the 新旧対照表's mark of changed text (on both sides; never a strike-through).
      underline: { underline: { type: UnderlineType.SINGLE } },
    },
    table: { borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }, headerFill: 'E7E7E7', cellMargin: 85 },
    frame: {
      borders: Object.fromEntries(['top', 'bottom', 'left', 'right'].map((side) => [side, { style: BorderStyle.DASHED, size: 8, color: '595959' }])),
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
export function comparisonStyles(setup: PageSetup): IParagraphStyleOptions[] {
  const pitch = setup.linePitch;
  return [
    {
      id: StyleId.comparisonNote,
      name: 'Comparison Note',
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.RIGHT, keepNext: true, spacing: { line: pitch, lineRule: LineRuleType.EXACT, after: Math.round(pitch / 4) } },
    },
    {
      id: StyleId.comparisonText,
      name: 'Comparison Text',
      basedOn: StyleId.normal,
      next: StyleId.comparisonText,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.LEFT, spacing: { line: Math.round(setup.size * 20 * 1.5), lineRule: LineRuleType.AT_LEAST } },
    },
  ];
}
