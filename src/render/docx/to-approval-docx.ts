import { Document, Paragraph, type ISectionOptions } from 'docx';
import type { Policy } from '../../model/types.js';
import type { BuildInfo, Output } from '../build-info.js';
import { toFrontMatter } from '../front-matter.js';
import { coverPage } from './cover-page.js';
import { docProperties } from './doc-properties.js';
import { documentOptions } from './document-options.js';
import { packDocument } from './pack-document.js';
import { pageFrame } from './page-frame.js';
import { pageSetup } from './page-setup.js';
import { refBookmarks } from './ref-bookmarks.js';
import { renderBlocks } from './render-blocks.js';
import { renderStateFor } from './render-state-for.js';
import { revisionHistory } from './revision-history.js';
import { sectionProperties } from './section-properties.js';
import { StyleId } from './style-ids.js';
import { styleMap } from './style-map.js';
import { tableOfContents } from './table-of-contents.js';

const APPROVAL_FILE = 'approval.docx';

/**
 * The approval edition (決裁用): every document of the internal edition in one file under one
 * cover, 改定履歴 and a 目次 of all documents; each document in its own section from a new page,
 * its pages numbered from 1, its headings one level below its title. Marked on every page when
 * any document is internal. The public edition has none.
 */
export async function toApprovalDocx(policy: Policy, info: BuildInfo): Promise<Map<string, Output>> {
  if (policy.edition !== 'internal' || policy.documents.length === 0) return new Map();
  const setup = pageSetup(policy.output);
  const styles = styleMap(setup);
  const look = { setup, styles, bookmarks: refBookmarks(policy.documents) };
  const marked = policy.documents.some((d) => d.visibility === 'internal');
  const front = toFrontMatter(policy, policy.documents[0]);
  const revisions = revisionHistory(renderStateFor(policy, policy.documents[0], look, 1));
  const cover = coverPage({ title: policy.title, under: policy.documents.map((d) => d.coverTitle).join('・'), dates: front.dates, org: policy.org.name });
  const sections: ISectionOptions[] = [
    { properties: sectionProperties(setup, false), ...pageFrame(setup, marked, false), children: cover },
    {
      properties: sectionProperties(setup, false),
      ...pageFrame(setup, marked, false),
      children: [...revisions, ...tableOfContents('2-3', { documentTitles: true, pageBreakBefore: revisions.length > 0 })],
    },
    ...policy.documents.map((document) => ({
      properties: sectionProperties(setup, true),
      ...pageFrame(setup, marked, true),
      children: [
        new Paragraph({ style: StyleId.documentTitle, outlineLevel: 0, text: document.title }),
        ...renderBlocks(document.children, renderStateFor(policy, document, look, 1)),
      ],
    })),
  ];
  const doc = new Document({
    ...docProperties(policy, info, `${policy.org.name}${policy.title}`, `${policy.title}（決裁用）`),
    ...documentOptions(setup, styles),
    sections,
  });
  return new Map([[APPROVAL_FILE, await packDocument(doc, info)]]);
}
