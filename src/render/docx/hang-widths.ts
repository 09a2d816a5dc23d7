import type { Block, PolicyDocument } from '../../model/types.js';
import { walkBlocks } from '../../model/walk-blocks.js';
import { textWidth } from './text-width.js';

/** Where a level's text starts, in ems from its number, and whether a tab takes it there. */
export interface Hang {
  ems: number;
  tab: boolean;
}

export interface HangWidths {
  section(level: number): Hang;
  item(level: number): Hang;
  paragraph(): Hang;
  /** The widths as text: renders that use them are the same where this is. */
  key: string;
}

const FULL_WIDTH = /^[^\u0000-\u1fff\uff61-\uffdc]*$/u;

/**
 * How far the text of a numbered block hangs in from its number, per kind and level. When every
 * label of the level is full-width and equally wide ((１) … (９), ・, ●) and so is the gap, the
 * width is exact and the text simply follows the label. Otherwise a tab takes it to a stop past
 * the widest label (rounded up to half an em, with at least a quarter em to spare: a tab exactly
 * at the stop would jump to the next one), so (9) and (10) start their text at the same place.
 */
export function hangWidths(document: PolicyDocument): HangWidths {
  const levels = new Map<string, { widths: Set<number>; exact: boolean; gap: string }>();
  const note = (key: string, label: string, gap: string) => {
    if (label === '') return;
    const level = levels.get(key) ?? { widths: new Set<number>(), exact: true, gap };
    level.widths.add(textWidth(label));
    level.exact &&= FULL_WIDTH.test(label + gap);
    levels.set(key, level);
  };
  const gap = document.numbering.gap;
  walkBlocks(document.children, (block: Block) => {
    if (block.type === 'section') note(`s${block.level}`, block.label.text, gap);
    // Bullets are followed by their text directly, as the txt rendering writes them.
    if (block.type === 'item') note(`i${block.level}`, block.label.text, block.level >= 0 ? gap : '');
    if (block.type === 'paragraph' && block.label) note('p', block.label.text, gap);
  });
  const hang = (key: string): Hang => {
    const level = levels.get(key);
    if (!level) return { ems: 0, tab: false };
    const widest = Math.max(...level.widths);
    if (level.exact && level.widths.size === 1) return { ems: widest + textWidth(level.gap), tab: false };
    return { ems: Math.ceil((widest + Math.max(textWidth(level.gap), 0.25)) * 2) / 2, tab: true };
  };
  const key = JSON.stringify([...levels].map(([name, level]) => [name, [...level.widths], level.exact, level.gap]));
  return { section: (level) => hang(`s${level}`), item: (level) => hang(`i${level}`), paragraph: () => hang('p'), key };
}
