/**
 * What the holes of a rendered fragment are filled with when it is written into one file: which
 * level the file nests it at, the file's bookmark names and ids, its hyperlink relationships.
 */
export interface FileContext {
  /** Levels the file nests the fragment's document (0 alone, 1 in the approval edition). */
  offset: number;
  /** The section properties the fragment's last paragraph ends its section with, or ''. */
  closing: string;
  /** Bookmark names of the cross-reference targets this file holds and refers to, by `document#id`. */
  refs: ReadonlyMap<string, string>;
  /** `_Toc` names of the fragment's 目次 candidates, by their index; none for those the 目次 leaves out. */
  tocNames: ReadonlyArray<string | undefined>;
  /** The index in tocNames of the next 目次 candidate written. */
  tocNext: number;
  /** The last bookmark id given, and the ids of the bookmarks open here (-1: a hole that wrote none). */
  bookmarks: { last: number; open: number[] };
  /** The relationship id of an external hyperlink's target. */
  link(url: string): string;
}
