import type { ParagraphLook, ParagraphStyle, RunLook } from './looks.js';
import { paragraphProperties } from './paragraph-properties.js';
import { runProperties } from './run-properties.js';
import { wordPart } from './word-part.js';

export interface Styles {
  /** What every run and paragraph has unless a style says otherwise. */
  defaults: { run: RunLook; paragraph: ParagraphLook };
  /** Paragraph styles besides Normal, in the order Word lists them. */
  paragraphStyles: readonly ParagraphStyle[];
}

function style(s: ParagraphStyle): string {
  let x = `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.name}"/>`;
  if (s.basedOn !== undefined) x += `<w:basedOn w:val="${s.basedOn}"/>`;
  if (s.next !== undefined) x += `<w:next w:val="${s.next}"/>`;
  if (s.uiPriority !== undefined) x += `<w:uiPriority w:val="${s.uiPriority}"/>`;
  if (s.quickFormat) x += '<w:qFormat/>';
  const p = s.paragraph ? paragraphProperties(s.paragraph) : '';
  if (p !== '') x += `<w:pPr>${p}</w:pPr>`;
  if (s.run) x += runProperties(s.run);
  return x + '</w:style>';
}

/**
 * word/styles.xml: document defaults, Normal, Word's default table style (Normal Table, whose
 * cell margins tables without their own fall back to) and the given paragraph styles.
 */
export function stylesPart(styles: Styles): string {
  const pPr = paragraphProperties(styles.defaults.paragraph);
  let x = `<w:docDefaults><w:rPrDefault>${runProperties(styles.defaults.run) || '<w:rPr/>'}</w:rPrDefault><w:pPrDefault><w:pPr>${pPr}</w:pPr></w:pPrDefault></w:docDefaults>`;
  x += '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>';
  x +=
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';
  for (const s of styles.paragraphStyles) x += style(s);
  return wordPart('styles', x);
}
