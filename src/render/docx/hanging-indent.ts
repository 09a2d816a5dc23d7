import type { Para } from './para.js';
import type { PageSetup } from './page-setup.js';

/**
 * Indents of a paragraph whose label starts at `start` ems and whose text hangs at `start + hang`:
 * the label sits in the hanging indent and every wrapped line starts where the text does. With
 * `tab`, a tab stop there takes the text past the label whatever the label's real width. Without
 * a hang, `firstLine` ems indent the first line (公用文's one-character indent of a paragraph).
 */
export function hangingIndent(setup: PageSetup, start: number, hang: number, options: { tab?: boolean; firstLine?: number } = {}): Pick<Para, 'left' | 'hanging' | 'firstLine' | 'tab'> {
  const at = (ems: number) => Math.round(ems * setup.em);
  const firstLine = options.firstLine ?? 0;
  if (hang <= 0) return firstLine > 0 ? { left: at(start), firstLine: at(firstLine) } : { left: at(start) };
  const left = at(start + hang);
  return options.tab ? { left, hanging: at(hang), tab: left } : { left, hanging: at(hang) };
}
