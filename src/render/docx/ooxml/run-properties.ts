import { escapeXml } from './escape-xml.js';
import type { RunLook } from './looks.js';

/** `<w:rPr>` of a look, its elements in schema order (CT_RPr); empty when the look sets nothing. */
export function runProperties(look: RunLook): string {
  let x = '';
  if (look.font !== undefined) {
    const f = escapeXml(look.font);
    x += `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  }
  if (look.bold !== undefined) x += look.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  if (look.italics !== undefined) x += look.italics ? '<w:i/><w:iCs/>' : '<w:i w:val="0"/><w:iCs w:val="0"/>';
  if (look.strike) x += '<w:strike/>';
  if (look.color !== undefined) x += `<w:color w:val="${look.color}"/>`;
  if (look.size !== undefined) x += `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>`;
  if (look.underline) x += `<w:u w:val="${look.underline}"/>`;
  if (look.shading !== undefined) x += `<w:shd w:val="clear" w:color="auto" w:fill="${look.shading}"/>`;
  if (look.emphasisMark) x += `<w:em w:val="${look.emphasisMark}"/>`;
  if (look.language !== undefined) x += `<w:lang w:val="${look.language}" w:eastAsia="${look.language}"/>`;
  return x === '' ? '' : `<w:rPr>${x}</w:rPr>`;
}
