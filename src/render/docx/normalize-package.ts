import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** The parts Office expects first in the zip; the rest follow by name. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** Rename each match of `pattern` (its group 2) in order of first appearance: 1, 2, 3 … */
function renumber(xml: string, pattern: RegExp, name: (n: number) => string): string {
  const seen = new Map<string, string>();
  return xml.replace(pattern, (_match, lead: string, old: string) => {
    if (!seen.has(old)) seen.set(old, name(seen.size + 1));
    return lead + seen.get(old)!;
  });
}

/** Relationship ids of a part's .rels renumbered rId1 … and renamed in the part that uses them. */
function renumberRelationships(rels: string, part: string): [string, string] {
  const map = new Map<string, string>();
  const newRels = rels.replace(/(<Relationship\b[^>]*?\sId=")([^"]+)"/g, (_m, lead: string, old: string) => {
    map.set(old, `rId${map.size + 1}`);
    return `${lead}${map.get(old)}"`;
  });
  const newPart = part.replace(/(\br:(?:id|embed|link|pict)=")([^"]+)"/g, (m, lead: string, old: string) => (map.has(old) ? `${lead}${map.get(old)}"` : m));
  return [newRels, newPart];
}

/** A zip entry time that is the build date whatever the time zone (fflate writes local DOS time). */
function entryTime(date: Date): Date {
  const d = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/**
 * Same source, same bytes: docx writes the clock into core.xml, random ids into hyperlink
 * relationships and process-wide counters into bookmark ids and `_Toc` names. Rewrite those from
 * the build date and in document order, and zip again with fixed entry times in a fixed order.
 */
export function normalizePackage(bytes: Uint8Array, date: Date): Uint8Array {
  const parts = unzipSync(bytes);
  const isText = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
  const text = new Map(Object.entries(parts).filter(([name]) => isText(name)).map(([name, data]) => [name, strFromU8(data)]));
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = text.get('docProps/core.xml');
  if (core) text.set('docProps/core.xml', core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${stamp}`));
  for (const name of [...text.keys()]) {
    const match = /^(.*)_rels\/([^/]+)\.rels$/.exec(name);
    const part = match && `${match[1]}${match[2]}`;
    if (!part || !text.has(part)) continue;
    const [rels, xml] = renumberRelationships(text.get(name)!, text.get(part)!);
    text.set(name, rels);
    text.set(part, xml);
  }
  for (const [name, xml] of text) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    let out = renumber(xml, /(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)(?=")/g, String);
    out = renumber(out, /(w:name="|w:anchor="|PAGEREF )_Toc(\d+)/g, (n) => `_Toc${n}`);
    text.set(name, out);
  }
  const all = Object.keys(parts);
  const names = [...FIRST.filter((n) => n in parts), ...all.filter((n) => !FIRST.includes(n)).sort()];
  const zippable: Zippable = {};
  for (const name of names) zippable[name] = text.has(name) ? strToU8(text.get(name)!) : parts[name];
  return zipSync(zippable, { level: 6, mtime: entryTime(date) });
}
