import type { Policy, PolicyDocument } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { toFrontMatter } from '../front-matter.js';
import { BodyWriter } from './body-writer.js';
import { coverPage } from './cover-page.js';
import { docProperties } from './doc-properties.js';
import { documentBody } from './document-body.js';
import { docxParts } from './docx-parts.js';
import { hasContents } from './has-contents.js';
import { markingOf } from '../marking-of.js';
import { pageSetup } from './page-setup.js';
import { refBookmarks } from './ref-bookmarks.js';
import { renderStateFor } from './render-state-for.js';
import { revisionHistory } from './revision-history.js';
import { styleMap } from './style-map.js';
import { tableOfContents } from './table-of-contents.js';
import { tocEntries } from './toc-entries.js';

/**
 * One document's parts as DOCX: a cover, then 改定履歴 and 目次 (unnumbered pages), then the
 * body from page 1. A file holding non-public text (an internal document, or the internal edition
 * of a public one with internal parts: markingOf) carries the marking on every page, the cover included.
 */
export function toDocxParts(policy: Policy, document: PolicyDocument, info: BuildInfo): Map<string, string> {
  const setup = pageSetup(policy.output);
  const styles = styleMap(setup);
  const front = toFrontMatter(policy, document);
  const marked = markingOf(policy, document) !== undefined;
  const body = documentBody(policy, document);
  const cover = new BodyWriter();
  coverPage({ over: front.collection, title: front.coverTitle, dates: front.dates, org: front.org }, cover);
  const matter = new BodyWriter();
  const revisions = revisionHistory(renderStateFor(policy, document, { setup, styles }, matter));
  const contents = hasContents(document);
  const toc = contents ? tocEntries([{ body, offset: 0 }], setup, styles) : undefined;
  if (toc) tableOfContents(matter, toc.entries, setup, { headings: '1-3', pageBreakBefore: revisions });
  const unnumbered = { restart: false, marked, numbered: false };
  return docxParts({
    setup,
    styles: styles.styles,
    properties: docProperties(policy, info, document.title, `${front.collection} ${front.coverTitle}`),
    sections: [
      { content: [{ fragment: cover.finish() }], ...unnumbered },
      ...(revisions || toc ? [{ content: [{ fragment: matter.finish() }], ...unnumbered }] : []),
      { content: [{ fragment: body, tocNames: toc?.names[0] }], restart: true, marked, numbered: true },
    ],
    refs: refBookmarks([document]),
    date: info.date,
  });
}
