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

export const RENDERERS: Readonly<Record<string, Renderer>> = {
  md: { extension: 'md', render: toMarkdown },
  txt: { extension: 'txt', render: toText },
  docx: { extension: 'docx', render: toDocx, renderEdition: toApprovalDocx },
  html: { extension: 'html', render: toHtml, renderEdition: toHtmlIndex },
};

export const DEFAULT_FORMATS = Object.keys(RENDERERS);
