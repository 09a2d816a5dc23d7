import type { Line, Range } from './types.js';

/** A table row's cell spans as offsets into its text (the cells joined by tabs). */
function joinedCellSpans(line: Line): Range[] {
  const out: Range[] = [];
  let at = 0;
  line.cells?.forEach((cell, i) => {
    for (const [start, end] of line.cellSpans?.[i] ?? []) out.push([at + start, at + end]);
    at += cell.length + 1;
  });
  return out;
}

/** Where a line's text (or its cell `cell`) is internal-only: all of it, its :internal[…] spans, or nowhere. */
export function internalRanges(line: Line, cell?: number): Range[] {
  const text = cell === undefined ? line.text : (line.cells?.[cell] ?? '');
  if (line.internal) return text === '' ? [] : [[0, text.length]];
  if (cell !== undefined) return line.cellSpans?.[cell] ?? [];
  return line.spans ?? joinedCellSpans(line);
}
