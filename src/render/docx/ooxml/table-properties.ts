import { borderXml } from './border-xml.js';
import { cellMargins } from './cell-margins.js';
import type { CellMargins, TableBorders } from './looks.js';

export interface TableLook {
  /** Twips. */
  width: number;
  /** From the text's left edge; Word's default (0) when not given. */
  indent?: number;
  borders: TableBorders;
  /** Default margins of every cell; Word's own (108 twips left and right) when not given. */
  cellMargins?: CellMargins;
}

/**
 * `<w:tblPr>` and `<w:tblGrid>` of a table laid out with fixed column widths (CT_TblPr order):
 * what the table starts with, before its rows.
 */
export function tableProperties(look: TableLook, columns: readonly number[]): string {
  const b = look.borders;
  let x = `<w:tblPr><w:tblW w:w="${look.width}" w:type="dxa"/>`;
  if (look.indent !== undefined) x += `<w:tblInd w:w="${look.indent}" w:type="dxa"/>`;
  x += '<w:tblBorders>';
  x += borderXml('top', b.top) + borderXml('left', b.left) + borderXml('bottom', b.bottom) + borderXml('right', b.right);
  if (b.insideH) x += borderXml('insideH', b.insideH);
  if (b.insideV) x += borderXml('insideV', b.insideV);
  x += '</w:tblBorders><w:tblLayout w:type="fixed"/>';
  if (look.cellMargins) x += `<w:tblCellMar>${cellMargins(look.cellMargins)}</w:tblCellMar>`;
  x += '</w:tblPr><w:tblGrid>';
  for (const w of columns) x += `<w:gridCol w:w="${w}"/>`;
  return x + '</w:tblGrid>';
}
