import type { BodyWriter } from './body-writer.js';
import { escapeXml } from './ooxml/escape-xml.js';
import { paragraphProperties } from './ooxml/paragraph-properties.js';
import type { PageSetup } from './page-setup.js';
import { StyleId } from './style-ids.js';
import type { TocEntry } from './toc-entries.js';

const CONTENTS_TITLE = '目次';

/**
 * 目次: Word's TOC field over the heading styles in `headings` ("1-3"), written with its entries
 * and their estimated pages filled in, so LibreOffice, a PDF and Word before any field update
 * show it whole. 例規 articles have their own style and stay out. The approval edition lists
 * each document's title too (\t), at level 1 above its headings.
 */
export function tableOfContents(out: BodyWriter, entries: readonly TocEntry[], setup: PageSetup, options: { headings: string; documentTitles?: boolean; pageBreakBefore?: boolean }): void {
  out.paragraph({ style: StyleId.frontHeading, pageBreakBefore: options.pageBreakBefore }, () => out.run('', CONTENTS_TITLE));
  const instruction = `TOC \\h \\o "${options.headings}"${options.documentTitles ? ` \\t "${StyleId.documentTitle},1"` : ''}`;
  const begin = (dirty: boolean) =>
    `<w:r><w:fldChar w:fldCharType="begin"${dirty ? ' w:dirty="true"' : ''}/><w:instrText xml:space="preserve">${escapeXml(instruction)}</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>`;
  let x = `<w:sdt><w:sdtPr><w:alias w:val="${CONTENTS_TITLE}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>`;
  // Without entries Word is left to fill it in when it opens the file.
  if (entries.length === 0) x += `<w:p>${begin(true)}</w:p>`;
  entries.forEach((entry, i) => {
    const props = paragraphProperties({ style: `TOC${entry.level}`, tabs: [{ type: 'right', leader: 'dot', position: setup.textWidth }] });
    const page = entry.page === undefined ? '' : `<w:t xml:space="preserve">${entry.page}</w:t>`;
    x +=
      `<w:p><w:pPr>${props}</w:pPr>${i === 0 ? begin(false) : ''}<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">` +
      `<w:r><w:t xml:space="preserve">${escapeXml(entry.text)}</w:t></w:r><w:r><w:tab/></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${entry.bookmark} \\h</w:instrText><w:fldChar w:fldCharType="separate"/>${page}<w:fldChar w:fldCharType="end"/></w:r>` +
      '</w:hyperlink></w:p>';
  });
  x += '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>';
  out.block(x);
}
