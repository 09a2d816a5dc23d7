import type { Written } from './body-writer.js';
import { pageNumbers } from './page-estimator.js';
import type { PageSetup } from './page-setup.js';
import type { StyleMap } from './style-map.js';

/** One line of a 目次: its level (TOC1–TOC3), text, bookmark and estimated page. */
export interface TocEntry {
  level: number;
  text: string;
  bookmark: string;
  page: number | undefined;
}

/** Levels a 目次 lists: heading styles 1–3 (and the approval edition's titles, at level 1). */
const LEVELS = 3;

/**
 * The 目次 of a file from its bodies, each nested `offset` levels (its headings one level lower
 * per level): the headings of levels 1–3 that have text, in order, bookmarked `_Toc1`, `_Toc2` …
 * Also the names by heading index of each body, for its holes.
 */
export function tocEntries(bodies: ReadonlyArray<{ body: Written; offset: number }>, setup: PageSetup, styles: StyleMap): { entries: TocEntry[]; names: Array<Array<string | undefined>> } {
  const entries: TocEntry[] = [];
  const names = bodies.map(({ body, offset }) => {
    const pages = pageNumbers(body, offset, setup, styles);
    return body.headings.map((heading, i) => {
      const level = heading.depth + offset + 1;
      if (level < 1 || level > LEVELS || heading.text.trim() === '') return undefined;
      const bookmark = `_Toc${entries.length + 1}`;
      // Word's entries hold no tabs or line breaks unless the field asks (\w, \x).
      entries.push({ level, text: heading.text.replace(/[\t\n]/g, ' '), bookmark, page: pages[i] });
      return bookmark;
    });
  });
  return { entries, names };
}
