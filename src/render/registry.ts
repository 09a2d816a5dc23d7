import type { Policy, PolicyDocument } from '../model/types.js';
import type { BuildInfo, Output } from './build-info.js';
import { toApprovalDocx } from './docx/to-approval-docx.js';
import { toDocx } from './docx/to-docx.js';
import { toHtmlIndex } from './html/to-html-index.js';
import { toHtml } from './html/to-html.js';
import { toMarkdown } from './markdown/to-markdown.js';
import { toText } from './text/to-text.js';

/** An output format: one folder under render/ and one entry here. */
export interface Renderer {
  extension: string;
  /** One document of an edition. */
  render(policy: Policy, document: PolicyDocument, info: BuildInfo): Output | Promise<Output>;
  /** Files made from a whole edition (an index page, the combined approval edition), by file name. */
  renderEdition?(policy: Policy, info: BuildInfo): Map<string, Output> | Promise<Map<string, Output>>;
}

// Also the order a build renders in: HTML's short-lived trees before the DOCX bodies that
// approval.docx keeps, which lowers a 2 MB build's peak memory by about 60 MB.
export const RENDERERS: Readonly<Record<string, Renderer>> = {
  md: { extension: 'md', render: toMarkdown },
  txt: { extension: 'txt', render: toText },
  html: { extension: 'html', render: toHtml, renderEdition: toHtmlIndex },
  docx: { extension: 'docx', render: toDocx, renderEdition: toApprovalDocx },
};

export const DEFAULT_FORMATS = Object.keys(RENDERERS);
