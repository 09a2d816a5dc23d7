import { isBlank } from './is-blank.js';
import { publicInlines } from './public-inlines.js';
import type { Cell, Table } from './types.js';

/** A cell that had something to show and shows nothing once its `:internal[…]` text is dropped. */
const emptied = (was: Cell | undefined, now: Cell | undefined) => was !== undefined && !isBlank(was.children) && now !== undefined && isBlank(now.children);
const blankOrNone = (cell: Cell | undefined) => cell === undefined || isBlank(cell.children);

/**
 * A table as the public edition has it: every cell's `:internal[…]` text dropped, and a body row
 * or a column left with nothing in it but for that dropped as well, as if never written (an empty
 * row or column would tell that something is there). A table left with no column is left out.
 * Tables with merged cells keep their rows and columns: which cells share a grid slot is not
 * worth the risk of misplacing a public cell.
 */
export function publicTable(table: Table): Table | undefined {
  const rows = table.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, children: publicInlines(c.children) })) }));
  if (table.rows.some((r) => r.cells.some((c) => c.rowSpan > 1 || c.colSpan > 1))) return { ...table, rows };
  const width = Math.max(table.align.length, ...table.rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, c) => c).filter(
    (c) => !(rows.every((r) => blankOrNone(r.cells[c])) && table.rows.some((r, i) => emptied(r.cells[c], rows[i].cells[c]))),
  );
  if (columns.length === 0) return undefined;
  const kept = rows.filter((row, i) => i < table.headerRows || !(row.cells.every(blankOrNone) && table.rows[i].cells.some((c, j) => emptied(c, row.cells[j]))));
  return {
    ...table,
    align: columns.filter((c) => c < table.align.length).map((c) => table.align[c]),
    rows: kept.map((r) => ({ ...r, cells: columns.filter((c) => c < r.cells.length).map((c) => r.cells[c]) })),
  };
}
