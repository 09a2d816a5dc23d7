import type { Para } from './para.js';

/**
 * The body as page layout sees it (page-estimator.ts), recorded by the BodyWriter while it
 * writes the XML: paragraphs with their text, tables with their rows and cells.
 */
export interface LayoutParagraph {
  kind: 'p';
  para: Para;
  /** The paragraph's text, tabs as \t and line breaks as \n. */
  text: string;
  /** Its index among the body's 目次 candidates, or -1. */
  toc: number;
  /** Its line count, once page layout has counted it (the same in every file but for headings). */
  lines?: number;
}

export interface LayoutCell {
  /** Room for text between the cell's side margins, in twips. */
  width: number;
  /** The cell's top and bottom margins together. */
  margins: number;
  blocks: LayoutBlock[];
}

export interface LayoutRow {
  header: boolean;
  cantSplit: boolean;
  /** Cells that start here (not those continuing a merge from above). */
  cells: LayoutCell[];
}

export interface LayoutTable {
  kind: 't';
  rows: LayoutRow[];
}

export type LayoutBlock = LayoutParagraph | LayoutTable;
