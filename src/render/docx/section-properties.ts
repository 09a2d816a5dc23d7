import type { PageSetup } from './page-setup.js';

/**
 * A section's w:sectPr: its header and footer (relationship ids), a new page, size, orientation,
 * margins, page numbers that start again at 1 when `restart` (the body after the cover and 目次),
 * and the line grid (a 行数 grid when the manifest gives one).
 */
export function sectionProperties(setup: PageSetup, restart: boolean, parts: { header?: string; footer: string }): string {
  const m = setup.margins;
  const header = parts.header ? `<w:headerReference w:type="default" r:id="${parts.header}"/>` : '';
  return (
    `<w:sectPr>${header}<w:footerReference w:type="default" r:id="${parts.footer}"/><w:type w:val="nextPage"/>` +
    `<w:pgSz w:w="${setup.width}" w:h="${setup.height}" w:orient="${setup.orientation}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    (restart ? '<w:pgNumType w:fmt="decimal" w:start="1"/>' : '') +
    `<w:docGrid${setup.linesPerPage ? ' w:type="lines"' : ''} w:linePitch="${setup.linePitch}"/></w:sectPr>`
  );
}
