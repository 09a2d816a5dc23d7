import { Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { PageSetup } from './page-setup.js';
import { StyleId } from './style-ids.js';

/**
 * A section's header and footer: the marking (【取扱注意】) at the top of every page when `marked`,
 * and the page number ("- 1 -") at the foot when `numbered`. A section without its own inherits
 * the previous one's, so the cover's marking is given again wherever the footer changes.
 */
export function pageFrame(setup: PageSetup, marked: boolean, numbered: boolean): Pick<ISectionOptions, 'headers' | 'footers'> {
  const headers = marked ? { default: new Header({ children: [new Paragraph({ style: StyleId.header, text: setup.marking })] }) } : undefined;
  const { before, after } = setup.pageNumber;
  const footers = numbered
    ? { default: new Footer({ children: [new Paragraph({ style: StyleId.footer, children: [new TextRun({ children: [before, PageNumber.CURRENT, after].filter((c) => c !== '') })] })] }) }
    : { default: new Footer({ children: [new Paragraph({ style: StyleId.footer })] }) };
  return { ...(headers ? { headers } : {}), footers };
}
