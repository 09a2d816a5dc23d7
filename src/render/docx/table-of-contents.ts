import { Paragraph, StyleLevel, TableOfContents, type FileChild } from 'docx';
import { StyleId } from './style-ids.js';

const CONTENTS_TITLE = '目次';

/**
 * 目次: Word's TOC field over the heading styles in `headings` ("1-3"), written with its entries
 * filled in (docx lays the pages out to number them), so LibreOffice, a PDF and Word before any
 * field update show it whole. 例規 articles have their own style and stay out. The approval
 * edition lists each document's title too (\t), at level 1 above its headings.
 */
export function tableOfContents(headings: string, options: { documentTitles?: boolean; pageBreakBefore?: boolean } = {}): FileChild[] {
  return [
    new Paragraph({ style: StyleId.frontHeading, text: CONTENTS_TITLE, pageBreakBefore: options.pageBreakBefore }),
    new TableOfContents(CONTENTS_TITLE, {
      hyperlink: true,
      headingStyleRange: headings,
      ...(options.documentTitles ? { stylesWithLevels: [new StyleLevel(StyleId.documentTitle, 1)] } : {}),
    }),
  ];
}
