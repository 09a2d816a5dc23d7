import { XML_DECLARATION } from './xml-declaration.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The start (with the XML declaration) and end of a WordprocessingML part (w:document, w:hdr,
 * w:ftr, w:styles …). Only the two namespaces hoshin writes are declared: nothing is left for
 * Word to ignore.
 */
export function wordPartTags(root: string): [string, string] {
  return [`${XML_DECLARATION}<w:${root} xmlns:w="${W}" xmlns:r="${R}">`, `</w:${root}>`];
}
