/**
 * The 新旧対照表 as prepared data: rows of paragraphs made of runs, each run underlined (傍線) or
 * not. Presenters (DOCX, HTML) lay this out and decide nothing.
 */
export interface Run {
  text: string;
  underline: boolean;
  /**
   * Internal-only text of a public document (the internal edition's table only): drawn as build
   * draws :internal[…], shaded. `label` is the 〔非公開〕 run in front of each such stretch.
   */
  internal?: boolean;
  label?: boolean;
}

/** A paragraph of one side; a table row keeps its cells. */
export interface Para {
  runs: Run[];
  cells?: Run[][];
  /** Indent depth, from the provision's depth. */
  depth: number;
}

export interface ComparisonRow {
  /** 'omitted' is a （略） row standing for unchanged provisions between changed ones. */
  kind: 'provision' | 'omitted';
  new: Para[];
  old: Para[];
}

export interface Comparison {
  documentId: string;
  title: string;
  note: string;
  /** Column order, left to right. */
  columns: Array<'new' | 'old'>;
  columnTitles: Record<'new' | 'old', string>;
  rows: ComparisonRow[];
  /** The table shows non-public text: an internal document's, or internal parts of a public one. */
  internal: boolean;
}
