import type { Policy } from '../../model/types.js';
import type { BuildInfo, Output } from '../build-info.js';
import { toFrontMatter } from '../front-matter.js';
import { BodyWriter } from './body-writer.js';
import { coverPage } from './cover-page.js';
import { docProperties } from './doc-properties.js';
import { markingOf } from '../marking-of.js';
import { documentBody } from './document-body.js';
import { docxParts } from './docx-parts.js';
import { toPackage } from './ooxml/to-package.js';
import { pageSetup } from './page-setup.js';
import { refBookmarks } from './ref-bookmarks.js';
import { renderStateFor } from './render-state-for.js';
import { revisionHistory } from './revision-history.js';
import { styleMap } from './style-map.js';
import { tableOfContents } from './table-of-contents.js';
import { tocEntries } from './toc-entries.js';

const APPROVAL_FILE = 'approval.docx';

/**
 * The approval edition (決裁用): every document of the internal edition in one file under one
 * cover, 改定履歴 and a 目次 of all documents; each document in its own section from a new page,
 * its pages numbered from 1, its headings one level below its title. The documents' bodies are
 * those their own files rendered, nested one level. Marked on every page when any document holds
 * non-public text (markingOf). The public edition has none.
 */
export async function toApprovalDocx(policy: Policy, info: BuildInfo): Promise<Map<string, Output>> {
  if (policy.edition !== 'internal' || policy.documents.length === 0) return new Map();
  const setup = pageSetup(policy.output);
  const styles = styleMap(setup);
  const marked = policy.documents.some((d) => markingOf(policy, d) !== undefined);
  const front = toFrontMatter(policy, policy.documents[0]);
  const bodies = policy.documents.map((document) => ({ body: documentBody(policy, document), offset: 1 }));
  const toc = tocEntries(bodies, setup, styles);
  const cover = new BodyWriter();
  coverPage({ title: policy.title, under: policy.documents.map((d) => d.coverTitle).join('・'), dates: front.dates, org: policy.org.name }, cover);
  const matter = new BodyWriter();
  const revisions = revisionHistory(renderStateFor(policy, policy.documents[0], { setup, styles }, matter));
  tableOfContents(matter, toc.entries, setup, { headings: '2-3', documentTitles: true, pageBreakBefore: revisions });
  const parts = docxParts({
    setup,
    styles: styles.styles,
    properties: docProperties(policy, info, `${policy.org.name}${policy.title}`, `${policy.title}（決裁用）`),
    sections: [
      { content: [{ fragment: cover.finish() }], restart: false, marked, numbered: false },
      { content: [{ fragment: matter.finish() }], restart: false, marked, numbered: false },
      ...bodies.map(({ body }, i) => ({ content: [{ fragment: body, offset: 1, tocNames: toc.names[i] }], restart: true, marked, numbered: true })),
    ],
    refs: refBookmarks(policy.documents),
    date: info.date,
  });
  return new Map([[APPROVAL_FILE, toPackage(parts, info.date)]]);
}
