import { zipEntries } from '../../zip/zip-entries.js';
import { tokyoTime } from '../../tokyo-time.js';
import { XML_DECLARATION } from './xml-declaration.js';

const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** The content type of each part hoshin writes, by name. */
function contentType(name: string): string | undefined {
  if (name === 'word/document.xml') return `${WORD}.document.main+xml`;
  if (name === 'word/styles.xml') return `${WORD}.styles+xml`;
  if (name === 'word/settings.xml') return `${WORD}.settings+xml`;
  if (name === 'word/fontTable.xml') return `${WORD}.fontTable+xml`;
  if (/^word\/header\d+\.xml$/.test(name)) return `${WORD}.header+xml`;
  if (/^word\/footer\d+\.xml$/.test(name)) return `${WORD}.footer+xml`;
  if (name === 'docProps/core.xml') return 'application/vnd.openxmlformats-package.core-properties+xml';
  if (name === 'docProps/app.xml') return 'application/vnd.openxmlformats-officedocument.extended-properties+xml';
  if (name === 'docProps/custom.xml') return 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
  return undefined;
}

/**
 * A zip entry time that is the build date's Tokyo wall clock whatever the machine's time zone: zip
 * keeps local DOS time without a zone, and fflate writes the Date's local fields.
 */
function entryTime(date: Date): Date {
  const [y, mo, d, h, mi, s] = tokyoTime(date).split(/[-T:]/).map(Number);
  return y < 1980 ? new Date(1980, 0, 1) : new Date(y, mo - 1, d, h, mi, s);
}

/**
 * A .docx from its parts (word/document.xml, its .rels, styles, headers …, docProps/*): adds
 * [Content_Types].xml and the package relationships, and zips with fixed entry times from the
 * build date, [Content_Types].xml and _rels/.rels first and the rest by name, so the same parts
 * always give the same bytes.
 */
export function toPackage(parts: ReadonlyMap<string, string>, date: Date): Uint8Array {
  const names = [...parts.keys()].sort();
  let types = `${XML_DECLARATION}<Types xmlns="${CONTENT_TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`;
  for (const name of names) {
    const type = contentType(name);
    if (type) types += `<Override PartName="/${name}" ContentType="${type}"/>`;
  }
  types += '</Types>';
  const rels =
    `${XML_DECLARATION}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${OFFICE}/extended-properties" Target="docProps/app.xml"/>` +
    `<Relationship Id="rId4" Type="${OFFICE}/custom-properties" Target="docProps/custom.xml"/></Relationships>`;
  const entries: Array<[string, string]> = [
    ['[Content_Types].xml', types],
    ['_rels/.rels', rels],
    ...names.map((name): [string, string] => [name, parts.get(name)!]),
  ];
  return zipEntries(entries, entryTime(date));
}
