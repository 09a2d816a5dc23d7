import { escapeXml } from './escape-xml.js';
import { wordPart } from './word-part.js';

export interface FontEntry {
  name: string;
  family: 'roman' | 'swiss';
}

/**
 * word/fontTable.xml: the fonts the styles name, as Japanese fonts (charset 80, Shift_JIS), so a
 * Word without one of them substitutes another Japanese font of the same kind.
 */
export function fontTablePart(fonts: readonly FontEntry[]): string {
  let x = '';
  for (const f of fonts) x += `<w:font w:name="${escapeXml(f.name)}"><w:charset w:val="80"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`;
  return wordPart('fonts', x);
}
