import { escapeXml } from './ooxml/escape-xml.js';
import { wordPart } from './ooxml/word-part.js';
import type { PageSetup } from './page-setup.js';
import { StyleId } from './style-ids.js';

const text = (value: string) => `<w:r><w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`;

/**
 * A section's header and footer parts: the marking (【取扱注意】) at the top of every page when
 * `marked`, and the page number ("- 1 -", a PAGE field) at the foot when `numbered`. Each section
 * has its own footer, so one without a number does not inherit the previous one's.
 */
export function pageFrame(setup: PageSetup, marked: boolean, numbered: boolean): { header?: string; footer: string } {
  const header = marked ? wordPart('hdr', `<w:p><w:pPr><w:pStyle w:val="${StyleId.header}"/></w:pPr>${text(setup.marking)}</w:p>`) : undefined;
  const { before, after } = setup.pageNumber;
  const number = numbered
    ? `${before === '' ? '' : text(before)}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${after === '' ? '' : text(after)}`
    : '';
  const footer = wordPart('ftr', `<w:p><w:pPr><w:pStyle w:val="${StyleId.footer}"/></w:pPr>${number}</w:p>`);
  return { ...(header ? { header } : {}), footer };
}
