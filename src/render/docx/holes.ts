import type { FileContext } from './file-context.js';
import { escapeXml } from './ooxml/escape-xml.js';

/** A place in a rendered fragment that only the file it goes into can fill in. */
export type Hole = (file: FileContext) => string;

function open(file: FileContext, name: string | undefined): string {
  if (name === undefined) {
    file.bookmarks.open.push(-1);
    return '';
  }
  const id = ++file.bookmarks.last;
  file.bookmarks.open.push(id);
  return `<w:bookmarkStart w:name="${name}" w:id="${id}"/>`;
}

const bookmarkEnd: Hole = (file) => {
  const id = file.bookmarks.open.pop();
  return id === undefined || id < 0 ? '' : `<w:bookmarkEnd w:id="${id}"/>`;
};

/**
 * The holes a body is rendered with. Bookmark ids are numbered as the file is written, so they
 * follow document order; a bookmark's end closes the innermost one open, as they nest.
 */
export const Holes = {
  /** A cross-reference target, when the file refers to it. */
  bookmarkStart: (key: string): Hole => (file) => open(file, file.refs.get(key)),
  /**
   * The fragment's next 目次 candidate, when the file's 目次 lists it: candidates are written in
   * order, so a fragment rendered in parts needs no count of those before each part.
   */
  tocStart: ((file) => open(file, file.tocNames[file.tocNext++])) as Hole,
  bookmarkEnd,
  /** A cross-reference, linked when the file holds its target. */
  refStart: (key: string): Hole => (file) => {
    const name = file.refs.get(key);
    return name === undefined ? '' : `<w:hyperlink w:anchor="${name}" w:history="1">`;
  },
  refEnd: (key: string): Hole => (file) => (file.refs.has(key) ? '</w:hyperlink>' : ''),
  linkStart: (url: string): Hole => (file) => `<w:hyperlink r:id="${escapeXml(file.link(url))}" w:history="1">`,
  /**
   * Where a section can end: in the properties of the fragment's last paragraph (`inside` them,
   * or as the properties of a paragraph that has none).
   */
  sectionEnd: (inside: boolean): Hole => (file) => (file.closing === '' || inside ? file.closing : `<w:pPr>${file.closing}</w:pPr>`),
};
