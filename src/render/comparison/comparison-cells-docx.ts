import type { Para, Run } from '../../diff/comparison.js';
import type { BodyWriter } from '../docx/body-writer.js';
import { cellProperties } from '../docx/ooxml/cell-properties.js';
import { runProperties } from '../docx/ooxml/run-properties.js';
import { tableProperties } from '../docx/ooxml/table-properties.js';
import type { PageSetup } from '../docx/page-setup.js';
import { StyleId } from '../docx/style-ids.js';
import type { StyleMap } from '../docx/style-map.js';

/** What the cells of a 新旧対照表 are drawn with: the page, the style map, the column's width. */
export interface CellLook {
  setup: PageSetup;
  styles: StyleMap;
  width: number;
}

/** Each run with its marks: 傍線 underlined; internal-only text shaded as build shades :internal[…], its 〔非公開〕 label bold. */
function runs(list: readonly Run[], look: CellLook, out: BodyWriter): void {
  const { marks } = look.styles;
  for (const run of list) {
    const mark = { ...(run.underline ? marks.underline : {}), ...(run.internal ? marks.internal : {}), ...(run.label ? { bold: true } : {}) };
    out.run(Object.keys(mark).length > 0 ? runProperties(mark) : '', run.text);
  }
}

/**
 * A table row of the policy inside the cell: a small table of its cells, changed text underlined.
 * The rows of one table follow each other without a gap, as one table.
 */
function rowTable(cells: readonly Run[][], left: number, look: CellLook, out: BodyWriter): void {
  const { table } = look.styles;
  const width = look.width - 2 * table.cellMargin - left;
  const each = Math.floor(width / Math.max(cells.length, 1));
  const margins = { top: 20, left: table.cellMargin, bottom: 20, right: table.cellMargin };
  out.openTable(tableProperties({ width: each * cells.length, indent: left, borders: table.borders, cellMargins: margins }, cells.map(() => each)), true);
  out.openRow(false);
  for (const cell of cells) {
    out.openCell(cellProperties({ width: each }), { width: each - 2 * table.cellMargin, margins: 40 });
    out.paragraph({ style: StyleId.tableText }, () => runs(cell, look, out));
    out.closeCell();
  }
  out.closeRow();
  out.closeTable();
}

/**
 * One side of a row of the 新旧対照表 as the content of its cell: a paragraph per Para, indented
 * one character per depth, underlined runs for 傍線; a table row's Para as a nested table.
 * A cell always ends with a paragraph, as Word requires.
 */
export function comparisonCell(paras: readonly Para[], look: CellLook, out: BodyWriter): void {
  let empty = true;
  for (const para of paras) {
    const left = para.depth * look.setup.em;
    empty = false;
    if (para.cells && para.cells.length > 0) rowTable(para.cells, left, look, out);
    else out.paragraph({ style: StyleId.comparisonText, left }, () => runs(para.runs, look, out));
  }
  if (empty) out.spacer();
  else out.endBlocks();
}
