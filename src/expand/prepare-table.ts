import type { DataTableSpec } from '../validate/manifest.js';

/** Marks a cell merged into the one above (rowspan); the model stage turns it into a span. */
export const MERGE_UP = '^^';
/** Line break inside a table cell; the only HTML the model accepts. */
export const CELL_BREAK = '<br>';

// Escape Markdown punctuation so manifest values stay literal text inside the generated table
// (`:` too: `:internal` in a value was read as an empty internal span, and the `[秘]` after it published).
function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>|~!#:]/g, (c) => `\\${c}`).replace(/\r?\n/g, CELL_BREAK);
}

function cellText(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => `・${escapeMarkdown(String(v))}`).join(CELL_BREAK);
  if (value === undefined || value === null) return '';
  return escapeMarkdown(String(value));
}

export interface PreparedTable {
  columns: Array<{ label: string }>;
  rows: Array<{ cells: string[] }>;
}

/**
 * Manifest table data → what a table template lays out: escaped cell text, list values as ・ lines,
 * and equal consecutive values in `merge` columns replaced by the merge marker.
 */
export function prepareTable(spec: DataTableSpec): PreparedTable {
  // Own keys only: a column keyed `constructor` or `toString` must not print Object's members.
  const value = (row: DataTableSpec['rows'][number], key: string) => (Object.hasOwn(row, key) ? row[key] : undefined);
  const rows = spec.rows.map((row, r) => ({
    cells: spec.columns.map((column) => {
      const text = cellText(value(row, column.key));
      const above = r > 0 ? cellText(value(spec.rows[r - 1], column.key)) : undefined;
      return column.merge && text !== '' && text === above ? MERGE_UP : text;
    }),
  }));
  return { columns: spec.columns.map((c) => ({ label: escapeMarkdown(c.label) })), rows };
}
