import type { Place } from '../diagnostic.js';
import type { Block, Inline, Visibility } from './types.js';

/** A heading before sections are built: sections own everything up to the next heading. */
export interface HeadingMark {
  type: 'heading';
  depth: number;
  id?: string;
  unnumbered: boolean;
  heading: Inline[];
  visibility: Visibility;
  position?: Place;
}

/** Entering / leaving a `:::internal` container: sections opened inside close at its end. */
export interface Boundary {
  type: 'enter' | 'exit';
}

export type FlatBlock = Block | HeadingMark | Boundary;
