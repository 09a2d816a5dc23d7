import { escapeXml } from './escape-xml.js';
import { XML_DECLARATION } from './xml-declaration.js';

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: styles, header, hyperlink … */
  type: string;
  target: string;
  external?: boolean;
}

/** A part's relationships (word/_rels/document.xml.rels). */
export function relationshipsPart(relationships: readonly Relationship[]): string {
  let x = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
  for (const r of relationships) x += `<Relationship Id="${r.id}" Type="${OFFICE}/${r.type}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
  return x + '</Relationships>';
}
