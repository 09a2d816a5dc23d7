import type { Block, Inline, Item, Paragraph, Row, Table, Visibility } from '../../model/types.js';
import type { Line } from '../../diff/types.js';
import { toGrid } from '../table-grid.js';
import { TrackedMarks as M } from './tracked-marks.js';

/**
 * One line of a provision's body in the model (a paragraph, an item's first paragraph, a table
 * caption or row, a code block), in the order the diff's to-provisions.ts reads them, so a
 * LineChange can be written back into the block it came from.
 */
export interface LineSlot {
  /** Replace the line's text (marked text: see TrackedMarks). */
  set(text: string): void;
  /** Replace a table row's cells; false when this line is not a row of that many cells. */
  setCells(texts: string[]): boolean;
  /** Put `text` (a label reference) in front of the line's text. */
  prefix(text: string): void;
  /** Put deleted lines of the old revision just before this one. */
  before(lines: readonly Line[]): void;
}

const text = (value: string): Inline[] => (value === '' ? [] : [{ type: 'text', value }]);

/** A deleted line as a paragraph of its own: number and text deleted, paragraph mark deleted. */
export function deletedParagraph(line: Line, visibility: Visibility): Paragraph {
  const whole = line.label === '' ? line.text : `${line.label}\u3000${line.text}`;
  return { type: 'paragraph', visibility, children: text(M.paragraphDel + M.deleted(whole)) };
}

function insertBefore<T>(array: T[], anchor: T, items: T[]): void {
  array.splice(array.indexOf(anchor), 0, ...items);
}

function paragraphSlot(block: Paragraph, parent: Block[]): LineSlot {
  return {
    set: (value) => void (block.children = text(value)),
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
    set: (value) => void (lead().children = text(value)),
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
    set: (value) => {
      const first = cells.find(Boolean);
      if (first) first.children = text(value);
    },
    setCells: (texts) => {
      if (texts.length !== columns) return false;
      texts.forEach((t, i) => cells[i] && (cells[i]!.children = text(t)));
      return true;
    },
    prefix: (value) => void cells.find(Boolean)?.children.unshift(...text(value)),
    before: (lines) => {
      for (const line of lines) {
        if (line.cells && line.cells.length === columns) {
          const deleted: Row = { cells: line.cells.map((c) => ({ rowSpan: 1, colSpan: 1, children: text(M.paragraphDel + M.deleted(c)) })) };
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
            set: (value) => void (table.caption = value),
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
          set: (value) => void (block.value = value),
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
