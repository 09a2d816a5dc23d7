/**
 * A change set: what changed between two revisions of a policy, as data only. Presenters (summary,
 * 新旧対照表, redline) read it; none of them compares text again.
 */

/** A run of text in a word diff: kept, inserted (new only) or deleted (old only). */
export interface Segment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /** Internal-only text (of an :::internal block or an :internal[…] span) in either revision. */
  internal?: boolean;
}

/** [start, end) offsets (UTF-16 code units) into a line's text. */
export type Range = readonly [number, number];

/** One line of a provision's body: a paragraph, an item, a table row (cells joined by tabs). */
export interface Line {
  /** Rendered number in front of the line ((1), ①, 2 for a 項), or ''. */
  label: string;
  text: string;
  /** Explicit id, when the source gave one. */
  id?: string;
  /** Table rows keep their cells for a cell-by-cell comparison. */
  cells?: string[];
  /** The line is internal-only content (of an :::internal block or an internal document). */
  internal?: boolean;
  /** Where `text` (and each of `cells`) holds :internal[…] spans; absent when it holds none. */
  spans?: Range[];
  cellSpans?: Range[][];
}

export interface LineChange {
  kind: 'same' | 'changed' | 'added' | 'deleted';
  old?: Line;
  new?: Line;
  /** For changed lines: the word diff of the text; for tables, per cell. */
  segments?: Segment[];
  cells?: Segment[][];
}

export type ProvisionKind = 'modified' | 'added' | 'deleted' | 'moved' | 'renumbered';

/** A section (条, 1.1 …) that is not the same in both revisions. */
export interface ProvisionChange {
  kinds: ProvisionKind[];
  id: string;
  oldId?: string;
  /** As printed (2.2.1., 第3条) and as cited (2.2.1). */
  number: { old?: string; new?: string };
  ref: { old?: string; new?: string };
  heading: { old?: string; new?: string; segments?: Segment[]; spans?: { old?: Range[]; new?: Range[] } };
  /** The section is internal-only content, in each revision it exists in. */
  internal?: { old?: boolean; new?: boolean };
  /** Every line of the body, aligned; unchanged ones kept so presenters can show (略). */
  lines: LineChange[];
  /** Depth of the section, for indenting the 新旧対照表. */
  depth: number;
}

export interface MetaChange {
  field: string;
  old?: string;
  new?: string;
}

export interface DocumentChange {
  id: string;
  title: { old?: string; new?: string };
  status: 'added' | 'removed' | 'modified' | 'unchanged';
  /** The document's visibility (the new revision's, or the old one's when removed). */
  visibility: 'public' | 'internal';
  provisions: ProvisionChange[];
  counts: Record<ProvisionKind, number>;
}

export interface ChangeSet {
  meta: MetaChange[];
  documents: DocumentChange[];
}
