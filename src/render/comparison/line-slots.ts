import type { Block, Inline, Item, Paragraph, Row, Table, Visibility } from '../../model/types.js';
import { internalRanges } from '../../diff/internal-ranges.js';
import { markInternal } from '../../diff/mark-internal.js';
import type { Line, Range } from '../../diff/types.js';
import { toPlainText } from '../../model/to-plain-text.js';
import { toGrid } from '../table-grid.js';
import { trackedInlines } from './tracked-inlines.js';
import { TrackedMarks as M } from './tracked-marks.js';

/**
 * One line of a provision's body in the model (a paragraph, an item's first paragraph, a table
 * caption or row, a code block), in the order the diff's to-provisions.ts reads them, so a
 * LineChange can be written back into the block it came from.
 */
export interface LineSlot {
  /** Replace the line's content (text marked with TrackedMarks, :internal[…] spans kept). */
  set(content: Inline[]): void;
  /** Replace a table row's cells; false when this line is not a row of that many cells. */
  setCells(contents: Inline[][]): boolean;
  /** Put `text` (a label reference) in front of the line's text. */
  prefix(text: string): void;
  /** Put deleted lines of the old revision just before this one. */
  before(lines: readonly Line[]): void;
}

const text = (value: string): Inline[] => (value === '' ? [] : [{ type: 'text', value }]);

/**
 * Where a line holds :internal[…] spans (cell `cell` of a row, or the whole line), shifted by
 * `offset`. A line of an internal block is not one span: its block is internal and shown so.
 */
export function spansOf(line: Line, cell?: number, offset = 0): Range[] {
  return internalRanges({ ...line, internal: false }, cell).map(([start, end]) => [start + offset, end + offset] as const);
}

/** Text of one revision as a tracked insertion or deletion, its spans internal. */
export function trackedText(op: 'insert' | 'delete', value: string, spans: readonly Range[]): Inline[] {
  return trackedInlines(markInternal([{ op, text: value }], spans, spans));
}

/**
 * A deleted line as a paragraph of its own: number and text deleted, paragraph mark deleted;
 * internal when the line was internal-only content.
 */
export function deletedParagraph(line: Line, visibility: Visibility): Paragraph {
  const head = line.label === '' ? '' : `${line.label}\u3000`;
  const children = [...text(M.paragraphDel), ...trackedText('delete', head + line.text, spansOf(line, undefined, head.length))];
  return { type: 'paragraph', visibility: line.internal ? 'internal' : visibility, children };
}

function insertBefore<T>(array: T[], anchor: T, items: T[]): void {
  array.splice(array.indexOf(anchor), 0, ...items);
}

function paragraphSlot(block: Paragraph, parent: Block[]): LineSlot {
  return {
    set: (content) => void (block.children = content),
    setCells: () => false,
    prefix: (value) => void block.children.unshift(...text(value)),
    before: (lines) => insertBefore(parent, block as Block, lines.map((l) => deletedParagraph(l, block.visibility))),
  };
}

function itemSlot(item: Item, list: Item[]): LineSlot {
  const lead = (): Paragraph => {
    const first = item.children[0];
    if (first?.type === 'paragraph') return first;
    const made: Paragraph = { type: 'paragraph', visibility: item.visibility, children: [] };
    item.children.unshift(made);
    return made;
  };
  return {
    set: (content) => void (lead().children = content),
    setCells: () => false,
    prefix: (value) => void lead().children.unshift(...text(value)),
    // A deleted item stays an item of the list, unnumbered, its old number deleted with its text.
    before: (lines) =>
      insertBefore(list, item, lines.map((l): Item => ({ type: 'item', id: '', explicitId: false, level: item.level, label: { text: '', ref: '' }, visibility: item.visibility, children: [deletedParagraph(l, item.visibility)] }))),
  };
}

function rowSlot(table: Table, row: Row, cells: Array<{ children: Inline[] } | undefined>, parent: Block[]): LineSlot {
  const columns = cells.length;
  return {
    set: (content) => {
      const first = cells.find(Boolean);
      if (first) first.children = content;
    },
    setCells: (contents) => {
      if (contents.length !== columns) return false;
      contents.forEach((c, i) => cells[i] && (cells[i]!.children = c));
      return true;
    },
    prefix: (value) => void cells.find(Boolean)?.children.unshift(...text(value)),
    before: (lines) => {
      for (const line of lines) {
        if (line.cells && line.cells.length === columns) {
          const deleted: Row = { cells: line.cells.map((c, i) => ({ rowSpan: 1, colSpan: 1, children: [...text(M.paragraphDel), ...trackedText('delete', c, spansOf(line, i))] })) };
          insertBefore(table.rows, row, [deleted]);
        } else insertBefore(parent, table as Block, [deletedParagraph(line, table.visibility)]);
      }
    },
  };
}

/** The line slots of `blocks` from index `from` (a section's own body; subsections have none), in reading order. */
export function lineSlots(blocks: Block[], out: LineSlot[] = [], from = 0): LineSlot[] {
  for (const block of blocks.slice(from)) {
    switch (block.type) {
      case 'paragraph':
        out.push(paragraphSlot(block, blocks));
        break;
      case 'list':
        for (const item of [...block.children]) {
          out.push(itemSlot(item, block.children));
          lineSlots(item.children, out, item.children[0]?.type === 'paragraph' ? 1 : 0);
        }
        break;
      case 'item':
        break;
      case 'table': {
        const table = block;
        if (table.caption !== undefined && table.caption !== '') {
          out.push({
            set: (content) => void (table.caption = toPlainText(content)),
            setCells: () => false,
            prefix: (value) => void (table.caption = value + table.caption),
            before: (lines) => insertBefore(blocks, block as Block, lines.map((l) => deletedParagraph(l, block.visibility))),
          });
        }
        toGrid(table).forEach((slots, r) => {
          const cells = slots.map((slot) => (slot.origin ? slot.cell : undefined));
          out.push(rowSlot(table, table.rows[r], cells, blocks));
        });
        break;
      }
      case 'code':
        out.push({
          set: (content) => void (block.value = toPlainText(content)),
          setCells: () => false,
          prefix: (value) => void (block.value = value + block.value),
          before: (lines) => insertBefore(blocks, block as Block, lines.map((l) => deletedParagraph(l, block.visibility))),
        });
        break;
      case 'quote':
        lineSlots(block.children, out);
        break;
      case 'rule':
      case 'section':
        break;
    }
  }
  return out;
}
