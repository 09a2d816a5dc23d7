import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Para, Run } from '../../diff/comparison.js';
import type { PageSetup } from '../docx/page-setup.js';
import { StyleId } from '../docx/style-ids.js';
import type { StyleMap } from '../docx/style-map.js';

/** What the cells of a 新旧対照表 are drawn with: the page, the style map, the column's width. */
export interface CellLook {
  setup: PageSetup;
  styles: StyleMap;
  width: number;
}

function runs(list: readonly Run[], look: CellLook): TextRun[] {
  return list.map((run) => new TextRun({ text: run.text, ...(run.underline ? look.styles.marks.underline : {}) }));
}

/** A table row of the policy inside the cell: a small table of its cells, changed text underlined. */
function rowTable(cells: readonly Run[][], left: number, look: CellLook): Table {
  const width = look.width - 2 * look.styles.table.cellMargin - left;
  const each = Math.floor(width / Math.max(cells.length, 1));
  return new Table({
    rows: [new TableRow({ children: cells.map((cell) => new TableCell({ width: { size: each, type: WidthType.DXA }, children: [new Paragraph({ style: StyleId.tableText, children: runs(cell, look) })] })) })],
    width: { size: each * cells.length, type: WidthType.DXA },
    columnWidths: cells.map(() => each),
    indent: { size: left, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: look.styles.table.borders,
    margins: { left: look.styles.table.cellMargin, right: look.styles.table.cellMargin, top: 20, bottom: 20 },
  });
}

/**
 * One side of a row of the 新旧対照表 as the content of its cell: a paragraph per Para, indented
 * one character per depth, underlined runs for 傍線; a table row's Para as a nested table.
 * A cell always ends with a paragraph, as Word requires.
 */
export function comparisonCell(paras: readonly Para[], look: CellLook): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const para of paras) {
    const left = para.depth * look.setup.em;
    if (para.cells && para.cells.length > 0) {
      out.push(rowTable(para.cells, left, look));
      continue;
    }
    out.push(new Paragraph({ style: StyleId.comparisonText, indent: { left }, children: runs(para.runs, look) }));
  }
  if (out.length === 0 || out[out.length - 1] instanceof Table) out.push(new Paragraph({ style: StyleId.spacer }));
  return out;
}
