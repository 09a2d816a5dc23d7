/**
 * The policy model: the one representation between readers and writers (as pandoc's AST).
 * Every renderer and the diff consume it; nothing here knows about Markdown or DOCX.
 */
import type { Place } from '../diagnostic.js';

export type Tier = 'basic' | 'standards' | 'procedures';
export type Visibility = 'public' | 'internal';
/** Which edition a model was built for: public drops internal content before numbering. */
export type Edition = 'public' | 'internal';

/** A rendered number: as printed in front of the text, and as a cross-reference prints it. */
export interface Label {
  text: string;
  ref: string;
}

interface Node {
  position?: Place;
}

export interface Text extends Node { type: 'text'; value: string }
export interface InlineCode extends Node { type: 'inlineCode'; value: string }
export interface Break extends Node { type: 'break' }
export interface Emphasis extends Node { type: 'emphasis'; children: Inline[] }
export interface Strong extends Node { type: 'strong'; children: Inline[] }
export interface Delete extends Node { type: 'delete'; children: Inline[] }
export interface Link extends Node { type: 'link'; url: string; children: Inline[] }
/** Inline content that exists only in internal editions (`:internal[…]`). */
export interface InternalSpan extends Node { type: 'internalSpan'; children: Inline[] }
/**
 * A cross-reference `[](#id)` / `[](doc#id)`. `label` is filled by the model stage with the
 * target's number (or the document title); explicit link text, when given, is kept in children.
 */
export interface Ref extends Node {
  type: 'ref';
  document: string;
  id?: string;
  children: Inline[];
  label?: string;
}

export type Inline = Text | InlineCode | Break | Emphasis | Strong | Delete | Link | InternalSpan | Ref;

interface BlockNode extends Node {
  visibility: Visibility;
}

export interface Section extends BlockNode {
  type: 'section';
  id: string;
  explicitId: boolean;
  /** Heading depth as written (1 = `#`). */
  depth: number;
  /** Index into the numbering style's levels; -1 for unnumbered headings. */
  level: number;
  unnumbered: boolean;
  /** The reiki article form: heading shown as （見出し） above a line starting with the number. */
  caption: boolean;
  label: Label;
  heading: Inline[];
  children: Block[];
}

export interface Paragraph extends BlockNode {
  type: 'paragraph';
  id?: string;
  /** Set for numbered paragraphs (reiki 項); text is '' for the unnumbered first 項. */
  label?: Label;
  children: Inline[];
}

export interface List extends BlockNode {
  type: 'list';
  ordered: boolean;
  start: number;
  children: Item[];
}

export interface Item extends BlockNode {
  type: 'item';
  id: string;
  explicitId: boolean;
  /** Level index for numbered items; -1 for bullets. */
  level: number;
  label: Label;
  children: Block[];
}

export interface Cell extends Node {
  children: Inline[];
  rowSpan: number;
  colSpan: number;
}

export interface Row extends Node {
  cells: Cell[];
}

export interface Table extends BlockNode {
  type: 'table';
  id?: string;
  caption?: string;
  align: Array<'left' | 'right' | 'center' | null>;
  /** Number of leading header rows (repeated on each page). */
  headerRows: number;
  rows: Row[];
}

export interface Code extends BlockNode { type: 'code'; lang?: string; value: string }
export interface Quote extends BlockNode { type: 'quote'; children: Block[] }
export interface Rule extends BlockNode { type: 'rule' }

export type Block = Section | Paragraph | List | Item | Table | Code | Quote | Rule;

export interface Revision {
  date: string;
  kind: string;
  summary?: string;
  instrument?: string;
}

export interface Organization {
  name: string;
  kind: string;
  self: string;
}

export interface PolicyDocument {
  id: string;
  tier: Tier;
  title: string;
  coverTitle: string;
  visibility: Visibility;
  numbering: NumberingStyle;
  sources: string[];
  children: Block[];
}

export interface Policy {
  edition: Edition;
  org: Organization;
  title: string;
  adopted?: string;
  revisions: Revision[];
  roles: Record<string, { title: string; holder?: string }>;
  documents: PolicyDocument[];
  /** The manifest's output settings, passed through for renderers. */
  output: Record<string, unknown>;
}

export type NumberFormat =
  | 'decimal'
  | 'fullwidth'
  | 'circled'
  | 'katakana'
  | 'iroha'
  | 'kanji'
  | 'roman'
  | 'alpha';

/** How 項 (numbered paragraphs in a reiki article) are labelled. */
export interface ParagraphStyle {
  format: NumberFormat;
  template: string;
  ref: string;
  hideFirst: boolean;
}

export interface LevelStyle {
  format: NumberFormat;
  /** Printed label: `{n}` this level's number, `{1}`…`{9}` an ancestor level's, e.g. "{1}.{n}." */
  template: string;
  /** Cross-reference form; defaults to template. */
  ref: string;
  /** Whether headings, list items or both may take this level. */
  use: 'heading' | 'item' | 'both';
  /** A ref to this level stands alone (2.2.1, 第3条) instead of following its parent's ref. */
  refRoot: boolean;
  /** Counter is not reset by ancestors (articles run on through chapters). */
  continuous: boolean;
  caption: boolean;
  paragraphs?: ParagraphStyle;
}

export interface NumberingStyle {
  name: string;
  levels: LevelStyle[];
  /** Between label and text: " ", "" or a full-width space. */
  gap: string;
  bullet: string;
  /** Printed in front of an unnumbered heading (● in the decimal style). */
  unnumbered: string;
  start: number;
}
