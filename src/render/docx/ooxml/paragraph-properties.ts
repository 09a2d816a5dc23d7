import { borderXml } from './border-xml.js';
import type { ParagraphLook } from './looks.js';

/** ` w:name="value"` for each value that is given, in order. */
const attributes = (pairs: ReadonlyArray<[string, string | number | undefined]>) => pairs.map(([name, value]) => (value === undefined ? '' : ` w:${name}="${value}"`)).join('');

/**
 * The content of `<w:pPr>` for a look, in schema order (CT_PPr), without the element itself, so
 * a section's properties can still be added at its end. Empty when the look sets nothing.
 */
export function paragraphProperties(look: ParagraphLook): string {
  let x = '';
  if (look.style !== undefined) x += `<w:pStyle w:val="${look.style}"/>`;
  if (look.keepNext) x += '<w:keepNext/>';
  if (look.keepLines) x += '<w:keepLines/>';
  if (look.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (look.borders) {
    const { left, bottom } = look.borders;
    x += `<w:pBdr>${left ? borderXml('left', left) : ''}${bottom ? borderXml('bottom', bottom) : ''}</w:pBdr>`;
  }
  if (look.tabs && look.tabs.length > 0) {
    x += '<w:tabs>';
    for (const t of look.tabs) x += `<w:tab w:val="${t.type}"${t.leader ? ` w:leader="${t.leader}"` : ''} w:pos="${t.position}"/>`;
    x += '</w:tabs>';
  }
  const s = look.spacing;
  if (s) x += `<w:spacing${attributes([['before', s.before], ['after', s.after], ['line', s.line], ['lineRule', s.line === undefined ? undefined : (s.lineRule ?? 'auto')]])}/>`;
  const i = look.indent;
  if (i) x += `<w:ind${attributes([['left', i.left], ['hanging', i.hanging], ['firstLine', i.firstLine]])}/>`;
  if (look.align !== undefined) x += `<w:jc w:val="${look.align}"/>`;
  if (look.outlineLevel !== undefined) x += `<w:outlineLvl w:val="${look.outlineLevel}"/>`;
  return x;
}
