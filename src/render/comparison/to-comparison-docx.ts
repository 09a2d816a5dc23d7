import type { Comparison } from '../../diff/comparison.js';
import type { Policy } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { BodyWriter } from '../docx/body-writer.js';
import { docProperties } from '../docx/doc-properties.js';
import { docxParts } from '../docx/docx-parts.js';
import { cellProperties } from '../docx/ooxml/cell-properties.js';
import { tableProperties } from '../docx/ooxml/table-properties.js';
import { toPackage } from '../docx/ooxml/to-package.js';
import { pageSetup, type PageSetup } from '../docx/page-setup.js';
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
  const styles = { ...base, styles: { ...base.styles, paragraphStyles: [...base.styles.paragraphStyles, ...comparisonStyles(setup)] } };
  const remarks = Math.round(setup.textWidth * 0.12);
  const side = Math.floor((setup.textWidth - (options.remarks ? remarks : 0)) / 2);
  const widths = [side, side, ...(options.remarks ? [remarks] : [])];
  const { table } = styles;
  const out = new BodyWriter();
  out.paragraph({ style: StyleId.documentTitle }, () => out.run('', comparison.title));
  out.paragraph({ style: StyleId.comparisonNote }, () => out.run('', comparison.note));
  const margins = { top: 40, left: table.cellMargin, bottom: 40, right: table.cellMargin };
  out.openTable(tableProperties({ width: widths.reduce((a, b) => a + b, 0), borders: table.borders, cellMargins: margins }, widths));
  out.openRow(true);
  [...comparison.columns.map((c) => comparison.columnTitles[c]), ...(options.remarks ? [REMARKS] : [])].forEach((title, i) => {
    out.openCell(cellProperties({ width: widths[i], fill: table.headerFill, valign: 'center' }));
    out.paragraph({ style: StyleId.tableHeading }, () => out.run('', title));
    out.closeCell();
  });
  out.closeRow();
  for (const row of comparison.rows) {
    out.openRow(false);
    comparison.columns.forEach((c, i) => {
      out.openCell(cellProperties({ width: widths[i], valign: 'top' }));
      comparisonCell(row[c], { setup, styles, width: widths[i] }, out);
      out.closeCell();
    });
    if (options.remarks) {
      out.openCell(cellProperties({ width: remarks, valign: 'top' }));
      out.paragraph({ style: StyleId.comparisonText });
      out.closeCell();
    }
    out.closeRow();
  }
  out.closeTable();
  out.spacer();
  const parts = docxParts({
    setup,
    styles: styles.styles,
    properties: docProperties(policy, info, comparison.title, comparison.title),
    sections: [{ content: [{ fragment: out.finish() }], restart: true, marked: options.marking !== undefined, numbered: true }],
    refs: new Map(),
    date: info.date,
  });
  return toPackage(parts, info.date);
}
