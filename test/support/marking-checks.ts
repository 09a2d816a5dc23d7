import { docxParts } from './ooxml.js';

/**
 * What a reader of a printed or served file sees of hoshin's marking (【取扱注意】 on every page)
 * and of its labels for internal text (〔非公開〕 boxes, :internal[…] shading), read from the raw
 * file: the HTML source, the DOCX's unzipped XML.
 */

export const MARKING = '【取扱注意】';
export const INTERNAL_LABEL = '〔非公開〕';

/** Every XML part of a .docx, joined: what a leak check must search (body, headers, properties). */
export function docxXml(bytes: Uint8Array): string {
  return [...docxParts(bytes).values()].join('\n');
}

/** Every section of the DOCX has a header, and every header holds the marking. */
export function docxMarked(bytes: Uint8Array, marking = MARKING): boolean {
  const parts = docxParts(bytes);
  const body = parts.get('word/document.xml') ?? '';
  const sections = body.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
  const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
  return sections.length > 0 && sections.every((s) => s.includes('<w:headerReference')) && headers.length > 0 && headers.every((h) => h.includes(marking));
}

/** Whether any part of the DOCX shows the marking at all (a header, or anywhere). */
export function docxHasMarking(bytes: Uint8Array, marking = MARKING): boolean {
  return docxXml(bytes).includes(marking) || [...docxParts(bytes).keys()].some((name) => /^word\/header\d+\.xml$/.test(name));
}

/** The page shows the marking banner, and prints it at the top of every page. */
export function htmlMarked(html: string, marking = MARKING): boolean {
  return html.includes(`<p class="marking">${marking}</p>`) && !/@top-right \{ content: none;/.test(html);
}

export function htmlHasMarking(html: string, marking = MARKING): boolean {
  return html.includes(marking) || html.includes('class="marking"') || !/@top-right \{ content: none;/.test(html);
}

/**
 * The text of an HTML page outside what is labelled internal (span.internal-inline after its
 * 〔非公開〕, div.internal boxes): internal text found here is unlabelled.
 */
export function unlabelledHtmlText(html: string): string {
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, '');
  const stack: boolean[] = [];
  let out = '';
  for (const token of body.match(/<[^>]+>|[^<]+/g) ?? []) {
    if (token.startsWith('</')) stack.pop();
    else if (token.startsWith('<')) {
      if (token.startsWith('<!') || /\/>$/.test(token) || /^<(meta|link|br|hr|img|input|col|wbr)\b/i.test(token)) continue;
      stack.push(/class="[^"]*\binternal(?:-inline)?\b/.test(token) || stack.some(Boolean));
    } else if (!stack.some(Boolean)) out += token;
  }
  return out;
}

/**
 * The run text of a DOCX body outside what is labelled internal: runs shaded as :internal[…]
 * (w:shd fill D9D9D9) and everything in a 〔非公開〕 box (a table cell opening with the
 * InternalLabel paragraph) are labelled; internal text found in the rest is not. The 目次's
 * entries are left out: build's DOCX lists an internal heading there without a label (the file
 * itself is marked), as it always has.
 */
export function unlabelledDocxText(xml: string): string {
  const cells: boolean[] = [];
  let out = '';
  const body = xml.replace(/<w:p><w:pPr><w:pStyle w:val="TOC\d"\/>[\s\S]*?<\/w:p>/g, '');
  for (const m of body.matchAll(/<w:tc>|<w:tc\s[^>]*>|<\/w:tc>|<w:pStyle w:val="InternalLabel"\/>|<w:r>[\s\S]*?<\/w:r>|<w:r\s[^>]*>[\s\S]*?<\/w:r>/g)) {
    const token = m[0];
    if (token.startsWith('<w:tc')) cells.push(false);
    else if (token === '</w:tc>') cells.pop();
    else if (token.startsWith('<w:pStyle')) {
      if (cells.length > 0) cells[cells.length - 1] = true;
    } else if (!cells.some(Boolean) && !/<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*w:fill="D9D9D9"/.test(token)) {
      out += [...token.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => t[1]).join('');
    }
  }
  return out;
}
