import { Holes, type Hole } from './holes.js';
import { shiftToc } from './shift-toc.js';
import type { LayoutBlock, LayoutCell, LayoutRow, LayoutTable } from './layout-blocks.js';
import { escapeXml } from './ooxml/escape-xml.js';
import { paragraphProperties } from './ooxml/paragraph-properties.js';
import type { Para } from './para.js';
import { StyleId } from './style-ids.js';

/** Rendered WordprocessingML: strings, and holes only the file it goes into fills in. */
export interface Fragment {
  parts: ReadonlyArray<string | Hole>;
  /** Whether its last top-level block is a paragraph, which can end a section (Holes.sectionEnd). */
  closes: boolean;
}

/** A 目次 candidate: its depth (-1 for a document title) and its text. */
export interface Heading {
  depth: number;
  text: string;
}

export interface Written extends Fragment {
  layout: LayoutBlock[];
  headings: Heading[];
}

/** Top-level blocks a writer wrote, as another writer takes them in (BodyWriter.append). */
export interface Part {
  parts: ReadonlyArray<string | Hole>;
  layout: readonly LayoutBlock[];
  headings: readonly Heading[];
  /** Whether the last block is a table (the next table gets a spacer before it). */
  endsTable: boolean;
  /** Where its last top-level paragraph's properties end, when that is its last block. */
  end?: { part: number; at: number; inside: boolean };
}

/** The properties of a paragraph in a file that nests its document `offset` levels deep. */
function propertiesAt(p: Para, offset: number): string {
  const depth = p.outline === undefined ? -1 : p.outline + offset;
  return paragraphProperties({
    style: p.heading === undefined ? p.style : StyleId.heading(p.heading + offset + 1),
    keepNext: p.keepNext,
    pageBreakBefore: p.pageBreakBefore,
    tabs: p.tab === undefined ? undefined : [{ type: 'left', position: p.tab }],
    spacing: p.before === undefined ? undefined : { before: p.before },
    indent:
      p.left === undefined && p.hanging === undefined && p.firstLine === undefined
        ? undefined
        : { left: p.left === undefined ? undefined : p.left + (p.shift ?? 0) * offset, hanging: p.hanging, firstLine: p.firstLine },
    align: p.align,
    outlineLevel: depth < 0 ? undefined : Math.min(depth, 8),
  });
}

/**
 * Writes a body as strings (WordprocessingML, appended as it goes) and records, alongside, what
 * page layout and the 目次 need: every paragraph's look and text, every table's rows and cells.
 * Tables are kept apart as Word needs: one right after another, or last in a run of blocks,
 * gets a half-line spacer paragraph after it.
 */
export class BodyWriter {
  private readonly parts: Array<string | Hole> = [];
  private xml = '';
  /** The text of the paragraph being written. */
  private text = '';
  private readonly headings: Heading[] = [];
  private readonly containers: LayoutBlock[][] = [[]];
  /** Per container: whether the last block written into it is a table. */
  private readonly lastTable: boolean[] = [false];
  private readonly tables: LayoutTable[] = [];
  private row?: LayoutRow;
  /** Where the last top-level paragraph's properties end, and whether it has any. */
  private end?: { part: number; at: number; inside: boolean };

  /** `afterTable`: what is written comes right after a top-level table (a part of a body). */
  constructor(afterTable = false) {
    this.lastTable[0] = afterTable;
  }

  write(xml: string): void {
    this.xml += xml;
  }

  hole(hole: Hole): void {
    this.parts.push(this.xml, hole);
    this.xml = '';
  }

  /** A run of text; `rPr` is its run properties' XML (runProperties), `br` starts it on a new line. */
  run(rPr: string, text: string, br = false): void {
    this.xml += `<w:r>${rPr}${br ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
    this.text += br ? `\n${text}` : text;
  }

  tab(): void {
    this.xml += '<w:r><w:tab/></w:r>';
    this.text += '\t';
  }

  lineBreak(rPr: string): void {
    this.xml += `<w:r>${rPr}<w:br/></w:r>`;
    this.text += '\n';
  }

  /** A paragraph: its properties, then what `content` writes (runs, holes). */
  paragraph(p: Para, content?: () => void): void {
    const top = this.containers.length === 1;
    this.xml += '<w:p>';
    let inside = true;
    if (p.heading !== undefined || p.outline !== undefined || p.shift !== undefined) {
      this.xml += '<w:pPr>';
      this.hole((file) => propertiesAt(p, file.offset));
    } else {
      const props = propertiesAt(p, 0);
      if (props === '') inside = false;
      else this.xml += `<w:pPr>${props}`;
    }
    if (top) this.end = { part: this.parts.length, at: this.xml.length, inside };
    if (inside) this.xml += '</w:pPr>';
    const toc = p.toc ? this.headings.length : -1;
    if (toc >= 0) this.hole(Holes.tocStart);
    this.text = '';
    content?.();
    if (toc >= 0) this.hole(Holes.bookmarkEnd);
    this.xml += '</w:p>';
    this.container.push({ kind: 'p', para: p, text: this.text, toc });
    if (toc >= 0) this.headings.push({ depth: p.heading ?? -1, text: this.text });
    this.lastTable[this.lastTable.length - 1] = false;
  }

  /** A block that is no paragraph and needs no layout (the 目次 field), at the top level. */
  block(xml: string): void {
    this.xml += xml;
    this.end = undefined;
    this.lastTable[0] = false;
  }

  /**
   * A table: `properties` is its w:tblPr and w:tblGrid (tableProperties). Right after another
   * table it gets a spacer before it, unless `join`: Word shows the two as one table.
   */
  openTable(properties: string, join = false): void {
    if (!join && this.lastTable[this.lastTable.length - 1]) this.spacer();
    this.xml += `<w:tbl>${properties}`;
    const table: LayoutTable = { kind: 't', rows: [] };
    this.container.push(table);
    this.tables.push(table);
  }

  openRow(header: boolean): void {
    this.xml += header ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:tr>';
    this.row = { header, cantSplit: header, cells: [] };
    this.tables[this.tables.length - 1].rows.push(this.row);
  }

  /** A cell: `properties` is its w:tcPr (cellProperties); `layout` its room, none for a merge's continuation. */
  openCell(properties: string, layout?: { width: number; margins: number }): void {
    this.xml += `<w:tc>${properties}`;
    const cell: LayoutCell = { width: layout?.width ?? 0, margins: layout?.margins ?? 0, blocks: [] };
    if (layout) this.row!.cells.push(cell);
    this.containers.push(cell.blocks);
    this.lastTable.push(false);
  }

  /** Ends a cell, whose content must end with a paragraph, as Word requires (endBlocks). */
  closeCell(): void {
    this.containers.pop();
    this.lastTable.pop();
    this.xml += '</w:tc>';
  }

  closeRow(): void {
    this.xml += '</w:tr>';
  }

  closeTable(): void {
    this.xml += '</w:tbl>';
    this.tables.pop();
    const rows = this.tables[this.tables.length - 1]?.rows;
    this.row = rows?.[rows.length - 1];
    this.lastTable[this.lastTable.length - 1] = true;
    if (this.containers.length === 1) this.end = undefined;
  }

  /** Ends a run of blocks: a table last in it gets its spacer. */
  endBlocks(): void {
    if (this.lastTable[this.lastTable.length - 1]) this.spacer();
  }

  spacer(): void {
    this.paragraph({ style: StyleId.spacer });
  }

  /** Whether what is written next goes outside any table. */
  get atTop(): boolean {
    return this.containers.length === 1;
  }

  /** Whether the last top-level block written is a table. */
  get endsTable(): boolean {
    return this.lastTable[0];
  }

  /** What was written, as a part of a body another writer appends. */
  part(): Part {
    return { parts: [...this.parts, this.xml], layout: this.containers[0], headings: this.headings, endsTable: this.lastTable[0], end: this.end };
  }

  /** Top-level blocks written apart (part()), as if written here: their 目次 candidates follow these. */
  append(part: Part): void {
    if (part.layout.length === 0) return;
    this.parts.push(this.xml);
    this.xml = '';
    const at = this.parts.length;
    this.parts.push(...part.parts);
    this.containers[0].push(...shiftToc(part.layout, this.headings.length));
    this.headings.push(...part.headings);
    this.lastTable[0] = part.endsTable;
    this.end = part.end && { ...part.end, part: part.end.part + at };
  }

  /** The fragment written, with where its last paragraph can end a section. */
  finish(): Written {
    const parts = [...this.parts, this.xml];
    const end = this.end;
    if (end) {
      const text = parts[end.part] as string;
      parts.splice(end.part, 1, text.slice(0, end.at), Holes.sectionEnd(end.inside), text.slice(end.at));
    }
    return { parts, closes: end !== undefined, layout: this.containers[0], headings: this.headings };
  }

  private get container(): LayoutBlock[] {
    return this.containers[this.containers.length - 1];
  }
}
