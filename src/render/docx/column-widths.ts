import type { Table } from '../../model/types.js';
import { toPlainText } from '../../model/to-plain-text.js';
import { toGrid } from '../table-grid.js';
import { textWidth } from './text-width.js';

/** A column whose longest line is at most this many ems (a date, 区分, 重要度分類) is not wrapped. */
const SHORT_EM = 12;
/** What every other column starts with. */
const MIN_EM = 8;

/** The lines (widths in ems, a tenth added for the estimate's error) of each single-column cell, by row and column. */
function cellLines(table: Table): Array<Array<{ column: number; lines: number[] }>> {
  return toGrid(table).map((row) =>
    row.flatMap((slot, column) =>
      slot.origin && slot.cell.colSpan === 1 ? [{ column, lines: toPlainText(slot.cell.children).split('\n').map((line) => textWidth(line.trim()) * 1.1) }] : [],
    ),
  );
}

/**
 * Column widths in twips that add up to `total`. Each column wants its longest line (cells that
 * span columns aside). When everything fits, the spare room is shared in proportion. Otherwise
 * short columns keep their whole line, the others start at MIN_EM ems, and the room left goes, a
 * step at a time, to the column where it saves the most lines per em, so the table comes out as
 * short as it can with as few wrapped cells; what saves nothing is shared by what is still wanted.
 */
export function columnWidths(table: Table, total: number, em: number, padding: number): number[] {
  const rows = cellLines(table);
  const columns = Math.max(0, ...toGrid(table).map((row) => row.length));
  if (columns === 0) return [];
  const want = Array.from({ length: columns }, () => 1);
  for (const row of rows) for (const cell of row) want[cell.column] = Math.max(want[cell.column], ...cell.lines);
  const room = (total - columns * padding) / em;
  const sum = want.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum <= room) widths = want.map((w) => (w / sum) * room);
  else {
    widths = want.map((w) => (w <= SHORT_EM ? w : Math.min(w, MIN_EM)));
    const floor = widths.reduce((a, b) => a + b, 0);
    if (floor > room) widths = widths.map((w) => (w / floor) * room);
    else widths = shareRoom(rows, want, widths, room - floor);
  }
  const twips = widths.map((w) => Math.floor(w * em) + padding);
  twips[columns - 1] += total - twips.reduce((a, b) => a + b, 0);
  return twips;
}

/**
 * How tall the table is with these column widths (ems), in lines, with a fifth of a line for
 * every line of every cell: of two equally tall tables, the one with fewer wrapped cells.
 */
function height(rows: ReturnType<typeof cellLines>, widths: readonly number[]): number {
  let sum = 0;
  for (const row of rows) {
    let tallest = 1;
    let all = 0;
    for (const cell of row) {
      const width = widths[cell.column];
      let lines = 0;
      for (const w of cell.lines) lines += Math.max(1, Math.ceil(w / width - 1e-9));
      if (lines > tallest) tallest = lines;
      all += lines;
    }
    sum = sum + tallest + 0.2 * all;
  }
  return sum;
}

function shareRoom(rows: ReturnType<typeof cellLines>, want: number[], start: number[], spare: number): number[] {
  const widths = [...start];
  let left = spare;
  while (left >= 1) {
    const now = height(rows, widths);
    let best: { column: number; step: number; gain: number } | undefined;
    widths.forEach((w, column) => {
      for (let step = 1; step <= Math.min(left, want[column] - w + 1); step++) {
        // Try the column a step wider, then put it back.
        widths[column] = w + step;
        const next = height(rows, widths);
        widths[column] = w;
        if (next < now) {
          const gain = (now - next) / step;
          if (!best || gain > best.gain) best = { column, step, gain };
          break;
        }
      }
    });
    if (!best) break;
    widths[best.column] += best.step;
    left -= best.step;
  }
  const still = widths.map((w, c) => Math.max(0, want[c] - w));
  const stillSum = still.reduce((a, b) => a + b, 0);
  return widths.map((w, c) => w + (stillSum > 0 ? (still[c] / stillSum) * left : left / widths.length));
}
