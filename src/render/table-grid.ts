import type { Cell, Table } from '../model/types.js';

/** One position of a table's full grid: the cell there, and whether it starts there or is covered. */
export interface GridSlot {
  cell: Cell;
  origin: boolean;
}

/**
 * A table with row and column spans laid out as a full grid, so formats without spans (Markdown,
 * plain text) can still put every cell under its column.
 */
export function toGrid(table: Table): GridSlot[][] {
  const grid: GridSlot[][] = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c]) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < grid.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) grid[r + dr][c + dc] = { cell, origin: dr === 0 && dc === 0 };
      }
      c += cell.colSpan;
    }
  });
  return grid;
}
