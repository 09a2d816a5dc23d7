import { Document, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Comparison } from '../../diff/comparison.js';
import type { Policy } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { docProperties } from '../docx/doc-properties.js';
import { documentOptions } from '../docx/document-options.js';
import { packDocument } from '../docx/pack-document.js';
import { pageFrame } from '../docx/page-frame.js';
import { pageSetup, type PageSetup } from '../docx/page-setup.js';
import { sectionProperties } from '../docx/section-properties.js';
import { StyleId } from '../docx/style-ids.js';
import { comparisonStyles, styleMap } from '../docx/style-map.js';
import { comparisonCell } from './comparison-cells-docx.js';

export interface ComparisonOptions {
  /** A 備考 column (empty cells) after the two sides. */
  remarks?: boolean;
  /** The marking (【取扱注意】) every page carries, as the renderer marks the document (markingOf). */
  marking?: string;
}

const REMARKS = '備考';

/** The 新旧対照表's page: A4 landscape with the manifest's margins and fonts, no line grid. */
function comparisonPage(output: Record<string, unknown>): PageSetup {
  const page = (output.page ?? {}) as Record<string, unknown>;
  return pageSetup({ ...output, page: { margins: page.margins, size: 'A4', orientation: 'landscape' } });
}

/**
 * A 新旧対照表 as DOCX: the title, the note 「（傍線部分は改正部分）」 right-aligned, and one table
 * whose header row (改正後 | 改正前, or as the comparison orders them) repeats on every page;
 * page numbers in the footer as in the renderer's documents.
 */
export async function toComparisonDocx(policy: Policy, comparison: Comparison, info: BuildInfo, options: ComparisonOptions = {}): Promise<Uint8Array> {
  const setup = comparisonPage(policy.output);
  const base = styleMap(setup);
  const styles = { ...base, styles: { ...base.styles, paragraphStyles: [...(base.styles.paragraphStyles ?? []), ...comparisonStyles(setup)] } };
  const remarks = Math.round(setup.textWidth * 0.12);
  const side = Math.floor((setup.textWidth - (options.remarks ? remarks : 0)) / 2);
  const widths = [side, side, ...(options.remarks ? [remarks] : [])];
  const cellOptions = (width: number) => ({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [...comparison.columns.map((c) => comparison.columnTitles[c]), ...(options.remarks ? [REMARKS] : [])].map(
      (title, i) =>
        new TableCell({
          ...cellOptions(widths[i]),
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, fill: styles.table.headerFill, color: 'auto' },
          children: [new Paragraph({ style: StyleId.tableHeading, text: title })],
        }),
    ),
  });
  const rows = comparison.rows.map(
    (row) =>
      new TableRow({
        children: [
          ...comparison.columns.map((c, i) => new TableCell({ ...cellOptions(widths[i]), children: comparisonCell(row[c], { setup, styles, width: widths[i] }) })),
          ...(options.remarks ? [new TableCell({ ...cellOptions(remarks), children: [new Paragraph({ style: StyleId.comparisonText })] })] : []),
        ],
      }),
  );
  const table = new Table({
    rows: [header, ...rows],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: styles.table.borders,
    margins: { left: styles.table.cellMargin, right: styles.table.cellMargin, top: 40, bottom: 40 },
  });
  const doc = new Document({
    ...docProperties(policy, info, comparison.title, comparison.title),
    ...documentOptions(setup, styles),
    sections: [
      {
        properties: sectionProperties(setup, true),
        ...pageFrame(setup, options.marking !== undefined, true),
        children: [new Paragraph({ style: StyleId.documentTitle, text: comparison.title }), new Paragraph({ style: StyleId.comparisonNote, text: comparison.note }), table, new Paragraph({ style: StyleId.spacer })],
      },
    ],
  });
  return packDocument(doc, info);
}
