import type { CellMargins } from './looks.js';
import { cellMargins } from './cell-margins.js';

export interface CellLook {
  /** Twips. */
  width: number;
  /** Grid columns the cell spans. */
  span?: number;
  /** Rows merged downwards: the cell that starts them, or one that continues them. */
  merge?: 'restart' | 'continue';
  /** A clear shading of this fill. */
  fill?: string;
  margins?: CellMargins;
  valign?: 'top' | 'center';
}

/** `<w:tcPr>` of a cell, in schema order (CT_TcPr). */
export function cellProperties(look: CellLook): string {
  let x = `<w:tcPr><w:tcW w:w="${look.width}" w:type="dxa"/>`;
  if (look.span !== undefined && look.span > 1) x += `<w:gridSpan w:val="${look.span}"/>`;
  if (look.merge) x += `<w:vMerge w:val="${look.merge}"/>`;
  if (look.fill !== undefined) x += `<w:shd w:val="clear" w:color="auto" w:fill="${look.fill}"/>`;
  if (look.margins) x += `<w:tcMar>${cellMargins(look.margins)}</w:tcMar>`;
  if (look.valign) x += `<w:vAlign w:val="${look.valign}"/>`;
  return x + '</w:tcPr>';
}
