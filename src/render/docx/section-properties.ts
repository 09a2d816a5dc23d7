import { DocumentGridType, NumberFormat, PageOrientation, SectionType, type ISectionPropertiesOptions } from 'docx';
import type { PageSetup } from './page-setup.js';

/**
 * A section's page: size, orientation, margins, the line grid when the manifest gives 行数, and
 * page numbers that start again at 1 when `restart` (the body after the cover and 目次).
 */
export function sectionProperties(setup: PageSetup, restart: boolean): ISectionPropertiesOptions {
  const m = setup.margins;
  return {
    type: SectionType.NEXT_PAGE,
    page: {
      // docx swaps width and height itself for landscape.
      size: { width: Math.min(setup.width, setup.height), height: Math.max(setup.width, setup.height), orientation: setup.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: m.top, bottom: m.bottom, left: m.left, right: m.right, header: m.header, footer: m.footer, gutter: 0 },
      ...(restart ? { pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } : {}),
    },
    grid: setup.linesPerPage ? { type: DocumentGridType.LINES, linePitch: setup.linePitch } : { linePitch: setup.linePitch },
  };
}
