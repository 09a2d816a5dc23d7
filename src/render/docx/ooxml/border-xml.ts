import type { Border } from './looks.js';

/** One border element (w:top, w:left, w:insideH …) of a paragraph, table or cell. */
export function borderXml(name: string, border: Border): string {
  const space = border.space === undefined ? '' : ` w:space="${border.space}"`;
  return `<w:${name} w:val="${border.style}" w:sz="${border.size}"${space} w:color="${border.color}"/>`;
}
