import { Document, Paragraph, type ISectionOptions } from 'docx';
import type { Policy, PolicyDocument } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { toFrontMatter } from '../front-matter.js';
import { coverPage } from './cover-page.js';
import { docProperties } from './doc-properties.js';
import { documentOptions } from './document-options.js';
import { hasContents } from './has-contents.js';
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

/**
 * One document as DOCX: a cover, then 改定履歴 and 目次 (unnumbered pages), then the body from
 * page 1. Internal documents carry the marking on every page, the cover included.
 */
export async function toDocx(policy: Policy, document: PolicyDocument, info: BuildInfo): Promise<Uint8Array> {
  const setup = pageSetup(policy.output);
  const styles = styleMap(setup);
  const state = renderStateFor(policy, document, { setup, styles, bookmarks: refBookmarks([document]) }, 0);
  const front = toFrontMatter(policy, document);
  const marked = document.visibility === 'internal';
  const revisions = revisionHistory(state);
  const contents = hasContents(document) ? tableOfContents('1-3', { pageBreakBefore: revisions.length > 0 }) : [];
  const sections: ISectionOptions[] = [
    { properties: sectionProperties(setup, false), ...pageFrame(setup, marked, false), children: coverPage({ over: front.collection, title: front.coverTitle, dates: front.dates, org: front.org }) },
    ...(revisions.length + contents.length > 0 ? [{ properties: sectionProperties(setup, false), ...pageFrame(setup, marked, false), children: [...revisions, ...contents] }] : []),
    {
      properties: sectionProperties(setup, true),
      ...pageFrame(setup, marked, true),
      children: [new Paragraph({ style: StyleId.documentTitle, text: document.title }), ...renderBlocks(document.children, state)],
    },
  ];
  const doc = new Document({
    ...docProperties(policy, info, document.title, `${front.collection} ${front.coverTitle}`),
    ...documentOptions(setup, styles),
    sections,
  });
  return packDocument(doc, info);
}
