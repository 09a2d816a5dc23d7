import { escapeXml } from './escape-xml.js';
import { XML_DECLARATION } from './xml-declaration.js';

/** File ▸ Properties: core properties, and custom ones as strings. */
export interface DocProperties {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  keywords: string;
  revision: number;
  custom: ReadonlyArray<{ name: string; value: string }>;
}

const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
// The format id Office gives every user-defined property.
const CUSTOM_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/**
 * docProps/core.xml, app.xml and custom.xml, by part name. Created and modified are the build
 * date, never the clock, so the same source gives the same bytes.
 */
export function docPropsParts(props: DocProperties, date: Date): Array<[string, string]> {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const e = escapeXml;
  const core =
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${e(props.title)}</dc:title><dc:subject>${e(props.subject)}</dc:subject><dc:creator>${e(props.creator)}</dc:creator>` +
    `<cp:keywords>${e(props.keywords)}</cp:keywords><cp:lastModifiedBy>${e(props.lastModifiedBy)}</cp:lastModifiedBy><cp:revision>${props.revision}</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
  const app = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT}"/>`;
  let custom = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${VT}">`;
  props.custom.forEach((p, i) => (custom += `<property fmtid="${CUSTOM_FMTID}" pid="${i + 2}" name="${e(p.name)}"><vt:lpwstr>${e(p.value)}</vt:lpwstr></property>`));
  custom += '</Properties>';
  return [
    ['docProps/app.xml', app],
    ['docProps/core.xml', core],
    ['docProps/custom.xml', custom],
  ];
}
