import type { Alignment } from './ooxml/looks.js';

/**
 * What a handler says of a paragraph: its style, indents (twips) and tab stops, in a form the
 * page estimator reads too. A heading's style and an outline level are given as depths in the
 * document, so one rendering serves a file that nests the document one level deeper (the
 * approval edition).
 */
export interface Para {
  style?: string;
  /** A section heading this many sections deep: its style is the heading style of that depth in the file. */
  heading?: number;
  /** An outline level this deep in the document, shifted as headings are; none when it comes out negative. */
  outline?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  align?: Alignment;
  left?: number;
  hanging?: number;
  firstLine?: number;
  /** Twips the indent moves for each level the file nests the document (例規 chapters). */
  shift?: number;
  /** One left tab stop, where hanging text starts. */
  tab?: number;
  /** Space before, overriding the style's. */
  before?: number;
  /** A 目次 entry (heading, or the approval edition's document title): bookmarked when the file lists it. */
  toc?: boolean;
}
