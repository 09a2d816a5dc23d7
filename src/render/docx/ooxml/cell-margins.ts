import type { CellMargins } from './looks.js';

/** The four margin elements of w:tblCellMar or w:tcMar, in schema order. */
export function cellMargins(m: CellMargins): string {
  return `<w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/><w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/>`;
}
